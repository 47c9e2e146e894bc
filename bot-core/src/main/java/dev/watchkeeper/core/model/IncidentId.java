package dev.watchkeeper.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An incident's short id such as {@code INC-7}: a prefix, a dash and a number from the incident
 * store's sequence. Travels in decisions and in the adapters' {@link AnnouncementPosted} reports.
 *
 * @param value the id as shown
 */
public record IncidentId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,8}-\\d{1,12}");

    public IncidentId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an incident id: " + value);
        }
    }

    /** The id with this prefix and number. */
    public static IncidentId of(String prefix, long number) {
        return new IncidentId(prefix + "-" + number);
    }

    /** Reads an id as staff type it ({@code inc-7}, {@code #INC-7}), if it is one with this prefix. */
    public static Optional<IncidentId> parse(String text, String prefix) {
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        if (candidate.startsWith("#")) {
            candidate = candidate.substring(1);
        }
        return SHAPE.matcher(candidate).matches() && candidate.startsWith(prefix + "-")
                ? Optional.of(new IncidentId(candidate))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
