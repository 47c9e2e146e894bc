package dev.watchkeeper.web.dashboard;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Durations as staff read them on the page: {@code 45 s}, {@code 12 min}, {@code 3 h 05 min}, {@code 2 d 4 h}. */
public final class DurationText {
    private DurationText() {}

    /** The duration in words; an en dash for none. */
    public static String of(@Nullable Duration d) {
        if (d == null) {
            return "–";
        }
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = d.toHours();
        if (hours < 48) {
            return "%d h %02d min".formatted(hours, minutes % 60);
        }
        return "%d d %d h".formatted(d.toDays(), hours % 24);
    }
}
