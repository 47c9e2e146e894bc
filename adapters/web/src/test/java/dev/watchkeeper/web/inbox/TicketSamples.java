package dev.watchkeeper.web.inbox;

import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.MemberSide;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketContent;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketTimes;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Tickets as the desk stores them, for the inbox's tests. */
final class TicketSamples {
    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-1002", ChatType.GROUP);
    static final UserRef ALEX = new UserRef(Platform.TELEGRAM, "700", "alex", "Alex", false);
    static final UserRef KAI = new UserRef(Platform.DISCORD, "710", "kai", "Kai", false);

    private TicketSamples() {}

    static UserRef member(Platform platform, String id) {
        return new UserRef(platform, id, null, "Member " + id, false);
    }

    /** An open, unclaimed, normal ticket of this member opened at {@code openedAt}. */
    static Ticket ticket(long number, UserRef member, Instant openedAt) {
        return ticket(number, member, Priority.NORMAL, TicketStatus.OPEN, "en", null, openedAt, List.of());
    }

    static Ticket ticket(
            long number,
            UserRef member,
            Priority priority,
            TicketStatus status,
            String language,
            @Nullable UserRef assignee,
            Instant openedAt,
            List<Turn> turns) {
        return new Ticket(
                TicketId.of("WK", number),
                0,
                "123-456",
                HandOver.Reason.REQUESTED,
                Category.OTHER,
                priority,
                status,
                MemberSide.from(member, new ChatRef(member.platform(), member.id(), ChatType.PRIVATE)),
                new StaffSpace(STAFF, null),
                language,
                assignee,
                new TicketContent(turns, TicketContext.empty(), null),
                TicketTimes.openedAt(openedAt),
                null,
                Set.of());
    }

    static Turn said(Turn.Speaker speaker, String text) {
        return new Turn(speaker, text, null, NOW);
    }
}
