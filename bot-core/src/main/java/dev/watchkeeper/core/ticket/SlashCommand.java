package dev.watchkeeper.core.ticket;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A slash command at the start of a message ({@code /name args} or {@code /name@bot args}) that is
 * not addressed to another bot.
 *
 * @param name lower case, without slash or handle
 * @param arguments the rest, trimmed
 */
record SlashCommand(String name, String arguments) {
    static Optional<SlashCommand> parse(String text, @Nullable String botHandle) {
        String trimmed = text.strip();
        if (trimmed.length() < 2 || trimmed.charAt(0) != '/') {
            return Optional.empty();
        }
        int end = 1;
        while (end < trimmed.length() && !Character.isWhitespace(trimmed.charAt(end))) {
            end++;
        }
        String head = trimmed.substring(1, end);
        int at = head.indexOf('@');
        if (at >= 0) {
            String handle = head.substring(at + 1);
            if (botHandle == null || !handle.equalsIgnoreCase(botHandle)) {
                return Optional.empty();
            }
            head = head.substring(0, at);
        }
        if (head.isEmpty() || !head.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            return Optional.empty();
        }
        return Optional.of(new SlashCommand(
                head.toLowerCase(Locale.ROOT), trimmed.substring(end).strip()));
    }

    /** The first word of the arguments, or empty. */
    String firstArgument() {
        int space = arguments.indexOf(' ');
        return space < 0 ? arguments : arguments.substring(0, space);
    }

    /** The arguments after the first word. */
    String restArguments() {
        int space = arguments.indexOf(' ');
        return space < 0 ? "" : arguments.substring(space + 1).strip();
    }
}
