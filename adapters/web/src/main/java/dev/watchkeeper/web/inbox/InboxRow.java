package dev.watchkeeper.web.inbox;

import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.model.TicketLine;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One line of the inbox.
 *
 * @param line the ticket's line (no conversation)
 * @param sla its SLA standing when the list was read
 */
public record InboxRow(TicketLine line, SlaStanding sla) {
    /** The ticket's id, such as {@code WK-1042}. */
    public String id() {
        return line.id().value();
    }

    /** The member's platform, lower case. */
    public String platform() {
        return line.member().platform().name().toLowerCase(Locale.ROOT);
    }

    /** The member's name as shown in chats. */
    public String member() {
        return line.member().shownName();
    }

    /** The owner's name, or null when nobody owns it. */
    public @Nullable String assignee() {
        return line.owner().map(UserRef::shownName).orElse(null);
    }

    /** The member's last words (commands left out), shortened, or empty. */
    public String lastMessage() {
        return line.lastWords();
    }
}
