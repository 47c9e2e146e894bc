package dev.watchkeeper.web.dashboard;

import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.MemberSide;
import dev.watchkeeper.core.ticket.model.Rating;
import dev.watchkeeper.core.ticket.model.SlaKind;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketContent;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketTimes;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Tickets as the dashboard reads them, with the times and outcome a test sets. */
final class Tickets {
    private static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);
    private static int numbers = 1000;

    private Tickets() {}

    static Ticket opened(Instant at, Category category, Platform platform, String language) {
        UserRef member = new UserRef(platform, "m" + numbers, "m", "M", false);
        return new Ticket(
                TicketId.of("WK", ++numbers),
                1,
                "123-456",
                HandOver.Reason.REQUESTED,
                category,
                category.priority(),
                TicketStatus.OPEN,
                MemberSide.from(member, new ChatRef(platform, member.id(), ChatType.PRIVATE)),
                new StaffSpace(STAFF, null),
                language,
                null,
                new TicketContent(List.of(), TicketContext.empty(), null),
                TicketTimes.openedAt(at),
                null,
                Set.of());
    }

    static Ticket opened(Instant at) {
        return opened(at, Category.OTHER, Platform.TELEGRAM, "en");
    }

    /** The ticket answered after {@code toResponse}, resolved after {@code toResolve}, rated at resolution. */
    static Ticket handled(Ticket t, Duration toResponse, Duration toResolve, @Nullable Integer score) {
        Instant opened = t.times().openedAt();
        Ticket done = t.responded(opened.plus(toResponse)).resolved("done", opened.plus(toResolve));
        return score == null ? done : done.rated(new Rating(score, null, false, opened.plus(toResolve)));
    }

    static Ticket breached(Ticket t, SlaKind... kinds) {
        Ticket out = t;
        for (SlaKind kind : kinds) {
            out = out.breached(kind);
        }
        return out;
    }
}
