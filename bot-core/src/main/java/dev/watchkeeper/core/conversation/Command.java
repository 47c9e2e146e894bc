package dev.watchkeeper.core.conversation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A slash command at the start of a message: {@code /name args} or {@code /name@bot args}.
 *
 * @param name the command name, lower case, without slash or bot suffix
 * @param arguments the rest of the message, trimmed
 * @param addressedTo the bot handle after {@code @}, if any
 */
record Command(String name, String arguments, @Nullable String addressedTo) {

    /** Reads a command from the start of a message, if there is one. */
    static Optional<Command> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.length() < 2 || trimmed.charAt(0) != '/') {
            return Optional.empty();
        }
        int end = 1;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
            end++;
        }
        String head = trimmed.substring(1, end);
        String handle = null;
        int at = head.indexOf('@');
        if (at >= 0) {
            handle = head.substring(at + 1);
            head = head.substring(0, at);
        }
        if (head.isEmpty() || !head.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            return Optional.empty();
        }
        return Optional.of(new Command(
                head.toLowerCase(Locale.ROOT), trimmed.substring(end).strip(), handle));
    }

    /** True when the command names no bot, or names this one by one of its {@code handles}. */
    boolean isFor(Collection<String> handles) {
        return addressedTo == null || handles.stream().anyMatch(addressedTo::equalsIgnoreCase);
    }
}
