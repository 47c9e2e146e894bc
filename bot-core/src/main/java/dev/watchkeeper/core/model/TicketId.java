package dev.watchkeeper.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A ticket's short, human-friendly id such as {@code WK-1042}: a prefix, a dash and a number from
 * the {@link TicketSequence}.
 *
 * @param value the id as shown
 */
public record TicketId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,8}-\\d{1,12}");

    public TicketId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a ticket id: " + value);
        }
    }

    /** The id with this prefix and number. */
    public static TicketId of(String prefix, long number) {
        return new TicketId(prefix + "-" + number);
    }

    /** Reads an id as staff type it ({@code wk-1042}, {@code #WK-1042}), if it is one. */
    public static Optional<TicketId> parse(String text) {
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        if (candidate.startsWith("#")) {
            candidate = candidate.substring(1);
        }
        return SHAPE.matcher(candidate).matches() ? Optional.of(new TicketId(candidate)) : Optional.empty();
    }

    /** The number from the sequence: 1042 for {@code WK-1042}. */
    public long number() {
        return Long.parseLong(value.substring(value.indexOf('-') + 1));
    }

    @Override
    public String toString() {
        return value;
    }
}
