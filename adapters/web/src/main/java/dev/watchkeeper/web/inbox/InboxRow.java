package dev.watchkeeper.web.inbox;

import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.Turn;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One line of the inbox.
 *
 * @param ticket the ticket
 * @param sla its SLA standing when the list was read
 * @param lastMessage the member's last words (commands left out), shortened, or empty
 */
public record InboxRow(Ticket ticket, SlaStanding sla, String lastMessage) {
    private static final int PREVIEW = 120;

    static InboxRow of(Ticket ticket, SlaStanding sla) {
        String last = "";
        var turns = ticket.content().transcript();
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).speaker() == Turn.Speaker.MEMBER
                    && !turns.get(i).text().strip().startsWith("/")) {
                last = shorten(turns.get(i).text());
                break;
            }
        }
        return new InboxRow(ticket, sla, last);
    }

    /** The ticket's id, such as {@code WK-1042}. */
    public String id() {
        return ticket.id().value();
    }

    /** The member's platform, lower case. */
    public String platform() {
        return ticket.member().member().platform().name().toLowerCase(Locale.ROOT);
    }

    /** The member's name as shown in chats. */
    public String member() {
        return ticket.member().member().shownName();
    }

    /** The owner's name, or null when nobody owns it. */
    public @Nullable String assignee() {
        return ticket.owner().map(a -> a.shownName()).orElse(null);
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= PREVIEW ? flat : flat.substring(0, PREVIEW - 1) + "…";
    }
}
