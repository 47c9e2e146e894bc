package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.UserRef;
import java.util.List;

/**
 * A plain message from the bot that is not a search outcome: help, greetings, command listings,
 * acknowledgements, notices naming a member.
 *
 * @param to where to post it
 * @param text the message, in Markdown, with a {@link Mentions#placeholder(int) placeholder} for
 *     each member it names
 * @param options choices offered with it, possibly none
 * @param mentions the members the text names, in placeholder order; the adapter shows each the
 *     way its platform names a person (none in a decision written before mentions existed)
 */
public record Reply(ReplyTarget to, String text, List<Choice> options, List<UserRef> mentions) implements Decision {
    public Reply {
        requireNonNull(to, "to");
        requireNonNull(text, "text");
        options = List.copyOf(options);
        // null when read from a decision stored before replies named members
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        Mentions.check(text, mentions.size());
    }

    /** A reply that names no one. */
    public Reply(ReplyTarget to, String text, List<Choice> options) {
        this(to, text, options, List.of());
    }

    /** A reply with no choices. */
    public static Reply of(ReplyTarget to, String text) {
        return new Reply(to, text, List.of());
    }

    /** A reply with no choices naming {@code members}, the text's placeholders in their order. */
    public static Reply naming(ReplyTarget to, String text, List<UserRef> members) {
        return new Reply(to, text, List.of(), members);
    }
}
