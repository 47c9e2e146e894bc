package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.CaseId;
import java.util.List;

/**
 * Post a moderation case to the moderators' chat, with one-click actions.
 *
 * @param to the moderators' chat
 * @param caseId the case's id ({@code MC-17})
 * @param card the case as moderators see it: reasons, redacted text, author, where, when
 * @param actions confirm (delete, ban, mute, warn) and dismiss
 */
public record FlagForReview(ReplyTarget to, CaseId caseId, String card, List<Choice> actions) implements Decision {
    public FlagForReview {
        requireNonNull(to, "to");
        requireNonNull(caseId, "caseId");
        requireNonNull(card, "card");
        actions = List.copyOf(actions);
    }
}
