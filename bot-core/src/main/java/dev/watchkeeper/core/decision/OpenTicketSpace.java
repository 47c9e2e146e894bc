package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.TicketId;
import java.util.List;

/**
 * Open a staff space for a new ticket: a thread, forum topic or channel in the staff chat, titled
 * {@link #title()}, starting with the ticket card and its actions. Once the space exists the
 * adapter reports its thread id back to the bot as a {@link
 * dev.watchkeeper.core.model.TicketSpaceOpened} (so that staff messages there can be
 * routed to the ticket); until then, or when the platform has no threads, posts for the ticket go
 * to the staff chat itself.
 *
 * @param to the staff chat to open the space in
 * @param ticketId the ticket's human-friendly id, such as {@code WK-1042}
 * @param title the space's whole name, starting with the ticket id ({@code WK-1042 · security ·
 *     urgent · Sam}); adapters use it as it is, cut to the platform's limit
 * @param card the ticket card, in Markdown; personal data in it is already masked
 * @param actions the staff actions offered with the card (claim, close)
 */
public record OpenTicketSpace(ReplyTarget to, TicketId ticketId, String title, String card, List<Choice> actions)
        implements Decision {
    public OpenTicketSpace {
        requireNonNull(to, "to");
        requireNonNull(ticketId, "ticketId");
        requireNonNull(title, "title");
        requireNonNull(card, "card");
        actions = List.copyOf(actions);
    }
}
