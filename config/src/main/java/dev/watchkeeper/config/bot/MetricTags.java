package dev.watchkeeper.config.bot;

import java.util.Locale;

/** How the application's meters write a tag's value: an enum constant's name in lower case. */
public final class MetricTags {
    private MetricTags() {}

    /** {@code Platform.TELEGRAM} → {@code telegram}. */
    public static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
