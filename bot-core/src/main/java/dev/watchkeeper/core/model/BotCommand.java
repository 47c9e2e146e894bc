package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A command to the bot at the start of a message: {@code /name args}, {@code /name@handle args}
 * with one of the bot's own handles, or either after a leading mention of the bot ({@code
 * @handle /name args}, the way a member addresses the bot in a group). Adapters read it once, when
 * they map a platform message ({@link #parse}), or build it from a platform's own command (a
 * Discord interaction); the features read {@link InboundMessage#command()} and never the text.
 * Immutable and thread-safe.
 *
 * @param name the command's name, lower case, without slash or handle; letters, digits and {@code
 *     _} (any script)
 * @param arguments what follows the name, stripped; empty for none
 * @param namesBot true when the message names this bot ({@code /name@handle} or a leading {@code
 *     @handle}): such a command addresses the bot even in a group
 */
public record BotCommand(String name, String arguments, boolean namesBot) {
    public BotCommand {
        requireNonNull(name, "name");
        requireNonNull(arguments, "arguments");
        if (name.isEmpty() || !name.codePoints().allMatch(BotCommand::isNameCharacter)) {
            throw new IllegalArgumentException("not a command name: " + name);
        }
        name = name.toLowerCase(Locale.ROOT);
        arguments = arguments.strip();
    }

    /** A command that does not name the bot, as a platform's own command interaction delivers it. */
    public BotCommand(String name, String arguments) {
        this(name, arguments, false);
    }

    /**
     * Reads the command a message starts with, as typed to the bot whose handles (without {@code
     * @}, compared ignoring case) are given. Empty when the message is no command (no slash first,
     * {@code / text}, an empty or malformed name) or when it is addressed to another bot ({@code
     * /name@otherbot}): such a message is an ordinary one, which no feature runs as a command.
     * Leading white space is ignored. Never blocks.
     */
    public static Optional<BotCommand> parse(String text, Collection<String> handlesOfThisBot) {
        String rest = text.strip();
        boolean namesBot = false;
        String mention = leadingMention(rest);
        if (mention != null) {
            if (!isOwn(mention, handlesOfThisBot)) {
                return Optional.empty();
            }
            rest = rest.substring(1 + mention.length()).strip();
            namesBot = true;
        }
        if (rest.length() < 2 || rest.charAt(0) != '/') {
            return Optional.empty();
        }
        int end = wordEnd(rest, 1);
        String head = rest.substring(1, end);
        int at = head.indexOf('@');
        if (at >= 0) {
            if (!isOwn(head.substring(at + 1), handlesOfThisBot)) {
                return Optional.empty();
            }
            head = head.substring(0, at);
            namesBot = true;
        }
        if (head.isEmpty() || !head.codePoints().allMatch(BotCommand::isNameCharacter)) {
            return Optional.empty();
        }
        return Optional.of(new BotCommand(head, rest.substring(end), namesBot));
    }

    /** The first word of the arguments, or empty. */
    public String firstArgument() {
        return arguments.substring(0, wordEnd(arguments, 0));
    }

    /** The arguments after the first word, stripped. */
    public String restArguments() {
        return arguments.substring(wordEnd(arguments, 0)).strip();
    }

    /** The handle of a leading {@code @handle} followed by white space and more, else null. */
    private static @Nullable String leadingMention(String text) {
        if (text.isEmpty() || text.charAt(0) != '@') {
            return null;
        }
        int end = wordEnd(text, 1);
        return end > 1 && end < text.length() ? text.substring(1, end) : null;
    }

    private static boolean isOwn(String handle, Collection<String> handlesOfThisBot) {
        return !handle.isEmpty() && handlesOfThisBot.stream().anyMatch(handle::equalsIgnoreCase);
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean isNameCharacter(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || codePoint == '_';
    }
}
