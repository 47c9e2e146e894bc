package dev.watchkeeper.core.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A moderation case's short id, such as {@code MC-17}.
 *
 * @param value the id as shown
 */
public record CaseId(String value) {
    private static final Pattern FORMAT = Pattern.compile("MC-\\d{1,12}");

    public CaseId {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a case id: " + value);
        }
    }

    /** The id of case number {@code n}. */
    public static CaseId of(long n) {
        return new CaseId("MC-" + n);
    }

    /** Reads an id, accepting lower case. */
    public static Optional<CaseId> parse(String text) {
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        return FORMAT.matcher(t).matches() ? Optional.of(new CaseId(t)) : Optional.empty();
    }

    /** The case's number: 17 for {@code MC-17}. */
    public long number() {
        return Long.parseLong(value.substring(3));
    }

    @Override
    public String toString() {
        return value;
    }
}
