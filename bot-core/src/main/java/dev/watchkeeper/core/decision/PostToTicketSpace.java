package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.TicketId;
import java.util.List;

/**
 * Post in a ticket's staff space: a relayed member message, a status change, a knowledge-base
 * answer sent to the member, a command's result. Never shown to the member.
 *
 * @param to the ticket's staff space (its chat, and its thread once known)
 * @param ticketId the ticket's human-friendly id
 * @param text the message, in Markdown
 * @param options staff actions offered with it, possibly none
 */
public record PostToTicketSpace(ReplyTarget to, TicketId ticketId, String text, List<Choice> options)
        implements Decision {
    public PostToTicketSpace {
        requireNonNull(to, "to");
        requireNonNull(ticketId, "ticketId");
        requireNonNull(text, "text");
        options = List.copyOf(options);
    }
}
