package dev.watchkeeper.web.inbox;

import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.SlaPolicy;
import dev.watchkeeper.core.ticket.model.TicketLine;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The tickets of every platform in one list: the lines of those of the filter's statuses (every
 * open one by default; {@link TicketStore#linesWithStatus}, no conversations) read from the store, narrowed by the filter, sorted by priority then by
 * the due time of the SLA target they wait on, and cut into pages of {@value #PAGE_SIZE}. Only the
 * statuses asked for are read. Thread-safe; blocks while the store does (one listing per status).
 */
public final class TicketInbox {
    /** Tickets a page. */
    public static final int PAGE_SIZE = 50;

    private static final Comparator<InboxRow> MOST_URGENT_FIRST = Comparator.<InboxRow, Integer>comparing(
                    r -> r.line().priority().ordinal())
            .thenComparing(r -> r.sla().sortKey())
            .thenComparing(r -> r.line().times().openedAt());

    private final TicketStore tickets;
    private final SlaPolicy sla;
    private final Clock clock;

    public TicketInbox(TicketStore tickets, SlaPolicy sla, Clock clock) {
        this.tickets = tickets;
        this.sla = sla;
        this.clock = clock;
    }

    /** The page the filter asks for, as seen by {@code viewer} (for {@link InboxFilter.Assignee#ME}). */
    public InboxPage page(InboxFilter filter, AccountId viewer) {
        Instant now = clock.instant();
        List<TicketLine> candidates = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            if (filter.status() == null ? status.isOpen() : status == filter.status()) {
                candidates.addAll(tickets.linesWithStatus(status));
            }
        }
        TreeSet<String> languages = new TreeSet<>();
        Predicate<TicketLine> matches = matching(filter, viewer);
        List<InboxRow> rows = new ArrayList<>();
        for (TicketLine ticket : candidates) {
            languages.add(primary(ticket.language()));
            if (!matches.test(ticket)) {
                continue;
            }
            SlaStanding standing = SlaStanding.of(ticket, sla, now);
            if (filter.sla() == null || filter.sla() == standing.state()) {
                rows.add(new InboxRow(ticket, standing));
            }
        }
        rows.sort(MOST_URGENT_FIRST);
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.page(), pages);
        List<InboxRow> shown = rows.subList((page - 1) * PAGE_SIZE, Math.min(rows.size(), page * PAGE_SIZE));
        return new InboxPage(filter.onPage(page), shown, rows.size(), pages, List.copyOf(languages));
    }

    /**
     * A short text that changes when the page the filter asks for does: its tickets, their
     * versions and SLA standings, and the number of matches.
     */
    public String fingerprint(InboxFilter filter, AccountId viewer) {
        InboxPage page = page(filter, viewer);
        StringBuilder print = new StringBuilder().append(page.total()).append(';');
        for (InboxRow row : page.rows()) {
            print.append(row.id())
                    .append('@')
                    .append(row.line().version())
                    .append(row.sla().state().ordinal())
                    .append(',');
        }
        return Integer.toHexString(print.toString().hashCode()) + ":" + page.total();
    }

    private static Predicate<TicketLine> matching(InboxFilter filter, AccountId viewer) {
        return ticket -> (filter.priority() == null || ticket.priority() == filter.priority())
                && (filter.platform() == null || ticket.member().platform() == filter.platform())
                && (filter.language() == null || primary(ticket.language()).equals(filter.language()))
                && switch (filter.assignee()) {
                    case ANYONE -> true;
                    case ME ->
                        ticket.owner().map(AccountId::of).filter(viewer::equals).isPresent();
                    case UNASSIGNED -> ticket.owner().isEmpty();
                };
    }

    private static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
