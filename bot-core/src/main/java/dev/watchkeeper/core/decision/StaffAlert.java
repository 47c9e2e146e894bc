package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.TicketId;
import org.jspecify.annotations.Nullable;

/**
 * An alert for the whole staff team, posted in the staff chat (not a ticket's space): an SLA
 * breach, an urgent ticket waiting. Adapters may add a role mention.
 *
 * @param to the staff chat
 * @param ticketId the ticket concerned, if any
 * @param text the alert, in Markdown; personal data in it is already masked
 */
public record StaffAlert(ReplyTarget to, @Nullable TicketId ticketId, String text) implements Decision {
    public StaffAlert {
        requireNonNull(to, "to");
        requireNonNull(text, "text");
    }
}
