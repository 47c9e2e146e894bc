package dev.watchkeeper.core.event;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;

/**
 * What every ticket event says about its ticket, as it was stored by the change.
 *
 * @param id the ticket id ({@code WK-1042})
 * @param platform the member's platform
 * @param member the member's account ({@code telegram:42})
 * @param community the chat the ticket was opened from (a group's id, or the private chat's)
 * @param category the ticket's category ({@code withdrawal})
 * @param priority the ticket's priority ({@code high})
 * @param status the ticket's status after the change ({@code claimed})
 */
public record TicketFacts(
        TicketId id,
        Platform platform,
        String member,
        String community,
        String category,
        String priority,
        String status) {
    public TicketFacts {
        requireNonNull(id, "id");
        requireNonNull(platform, "platform");
        requireNonNull(member, "member");
        requireNonNull(community, "community");
        requireNonNull(category, "category");
        requireNonNull(priority, "priority");
        requireNonNull(status, "status");
    }
}
