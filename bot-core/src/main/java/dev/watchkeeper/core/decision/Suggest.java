package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * "Did you mean…": the search found close entries but none confidently. The member picks one by
 * number or button.
 *
 * @param to where to post it
 * @param text the lead-in line shown above the choices
 * @param suggestions up to three entries to pick from, best first, then the option of a human
 */
public record Suggest(ReplyTarget to, String text, List<Choice> suggestions) implements Decision {
    public Suggest {
        requireNonNull(to, "to");
        requireNonNull(text, "text");
        suggestions = List.copyOf(suggestions);
    }
}
