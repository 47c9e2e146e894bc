package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A plain message from the bot that is not a search outcome: help, greetings, command listings,
 * acknowledgements.
 *
 * @param to where to post it
 * @param text the message, in Markdown
 * @param options choices offered with it, possibly none
 */
public record Reply(ReplyTarget to, String text, List<Choice> options) implements Decision {
    public Reply {
        requireNonNull(to, "to");
        requireNonNull(text, "text");
        options = List.copyOf(options);
    }

    /** A reply with no choices. */
    public static Reply of(ReplyTarget to, String text) {
        return new Reply(to, text, List.of());
    }
}
