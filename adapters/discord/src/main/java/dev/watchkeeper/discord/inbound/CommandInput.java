package dev.watchkeeper.discord.inbound;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.BotCommand;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one of Discord's own commands (a slash command, the "Report message" action, a submitted
 * modal) stands for in the core's terms: the command, built from the interaction's name and options
 * and never read back from text, and the words the member would have typed for it, which the
 * features that read words (the scam shield, transcripts) see as the message's text.
 *
 * @param text what the member would have typed
 * @param command the core's command; null for a question ({@code /ask})
 */
public record CommandInput(String text, @Nullable BotCommand command) {
    public CommandInput {
        requireNonNull(text, "text");
    }

    /** The input of a command to the bot, with the words that type it. */
    public static CommandInput of(BotCommand command) {
        String typed = "/" + command.name();
        return new CommandInput(command.arguments().isEmpty() ? typed : typed + " " + command.arguments(), command);
    }

    /**
     * The input of a question asked with {@code /ask}: the same words typed to the bot, so that a
     * question that is itself a command ({@code /ask /human}) runs it.
     */
    static CommandInput question(String words) {
        return new CommandInput(words, BotCommand.parse(words, Set.of()).orElse(null));
    }
}
