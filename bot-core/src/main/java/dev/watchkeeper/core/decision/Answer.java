package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A confident answer from the knowledge base.
 *
 * @param to where to post it
 * @param entryId the knowledge-base entry answered with
 * @param title the entry's title
 * @param text the answer, in the knowledge base's Markdown
 * @param confidence the search's confidence in [0,1]
 * @param followUps the entry's follow-up entries, offered as choices
 * @param feedback "helpful" / "not helpful" choices for this answer
 */
public record Answer(
        ReplyTarget to,
        String entryId,
        String title,
        String text,
        double confidence,
        List<Choice> followUps,
        List<Choice> feedback)
        implements Decision {
    public Answer {
        requireNonNull(to, "to");
        requireNonNull(entryId, "entryId");
        requireNonNull(title, "title");
        requireNonNull(text, "text");
        followUps = List.copyOf(followUps);
        feedback = List.copyOf(feedback);
    }
}
