package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.TicketId;

/**
 * A ticket is resolved: post the summary in its staff space, then archive or lock the space as
 * the platform allows.
 *
 * @param to the ticket's staff space
 * @param ticketId the ticket's human-friendly id
 * @param summary the closing line, in Markdown
 */
public record CloseTicketSpace(ReplyTarget to, TicketId ticketId, String summary) implements Decision {
    public CloseTicketSpace {
        requireNonNull(to, "to");
        requireNonNull(ticketId, "ticketId");
        requireNonNull(summary, "summary");
    }
}
