package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Nothing in the knowledge base is close: the bot says so and offers a human.
 *
 * @param to where to post it
 * @param text the explanation shown to the member
 * @param options the choices offered, among them {@link Choices#HUMAN}
 */
public record Fallback(ReplyTarget to, String text, List<Choice> options) implements Decision {
    public Fallback {
        requireNonNull(to, "to");
        requireNonNull(text, "text");
        options = List.copyOf(options);
    }
}
