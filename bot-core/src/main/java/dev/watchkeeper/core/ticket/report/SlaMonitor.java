package dev.watchkeeper.core.ticket.report;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.ticket.message.Outbox;
import dev.watchkeeper.core.ticket.message.StaffText;
import dev.watchkeeper.core.ticket.message.StaffTexts;
import dev.watchkeeper.core.ticket.message.TicketCards;
import dev.watchkeeper.core.ticket.model.SlaKind;
import dev.watchkeeper.core.ticket.model.SupportMetrics;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TicketUpdates;
import dev.watchkeeper.core.ticket.text.PiiMasker;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds open tickets that missed an SLA target and returns one {@link
 * dev.watchkeeper.core.decision.StaffAlert} per ticket and target, once: the breach is recorded
 * on the ticket (by compare-and-set, so two schedulers racing alert once). The application calls
 * {@link #check} on a schedule; it never sleeps and blocks only as long as the store does.
 * Thread-safe.
 *
 * <p>Time waiting on the member counts towards both targets: the alert tells staff the ticket is
 * old, whoever it waits on.
 */
public final class SlaMonitor {
    private final TicketStore tickets;
    private final SupportMetrics metrics;
    private final TicketSettings settings;
    private final TicketUpdates updates;
    private final Outbox outbox;
    private final TicketCards cards;

    private final StaffTexts staff;
    private final Predicate<TicketId> held;

    /** A monitor whose alerts are in the bundled texts of the staff language. */
    public SlaMonitor(TicketStore tickets, SupportMetrics metrics, TicketSettings settings) {
        this(tickets, metrics, settings, StaffTexts.translations(MessageCatalog.bundled()));
    }

    /**
     * @param tickets where open tickets are found and breaches recorded
     * @param metrics counts breaches
     * @param staffTexts what the desk says to staff, per language; alerts are in the settings'
     *     staff language
     */
    public SlaMonitor(
            TicketStore tickets, SupportMetrics metrics, TicketSettings settings, Translations<StaffTexts> staffTexts) {
        this(tickets, metrics, settings, staffTexts, ticket -> false);
    }

    /**
     * As above, skipping the tickets {@code held} names: tickets an open incident holds, whose
     * members wait on the incident rather than on an agent.
     */
    public SlaMonitor(
            TicketStore tickets,
            SupportMetrics metrics,
            TicketSettings settings,
            Translations<StaffTexts> staffTexts,
            Predicate<TicketId> held) {
        this.held = held;
        this.tickets = tickets;
        this.metrics = metrics;
        this.settings = settings;
        this.staff = staffTexts.in(settings.staffLanguage());
        this.updates = new TicketUpdates(tickets);
        this.outbox = new Outbox(settings, staff);
        this.cards = new TicketCards(new PiiMasker(), staff);
    }

    /** The alerts for targets missed as of {@code now}. */
    public List<Decision> check(Instant now) {
        List<Decision> alerts = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            if (!status.isOpen()) {
                continue;
            }
            for (Ticket ticket : tickets.withStatus(status)) {
                if (held.test(ticket.id())) {
                    continue;
                }
                check(ticket, SlaKind.FIRST_RESPONSE, ticket.times().firstResponseAt() == null, now, alerts);
                check(ticket, SlaKind.RESOLUTION, true, now, alerts);
            }
        }
        return alerts;
    }

    private void check(Ticket ticket, SlaKind kind, boolean pending, Instant now, List<Decision> alerts) {
        Duration target = settings.sla().of(ticket.priority()).of(kind);
        Instant due = ticket.times().openedAt().plus(target);
        if (!pending || ticket.breaches().contains(kind) || !now.isAfter(due)) {
            return;
        }
        Optional<Ticket> marked = updates.update(
                ticket.id(),
                t -> t.status().isOpen() && !t.breaches().contains(kind)
                        ? Optional.of(t.breached(kind))
                        : Optional.empty());
        if (marked.isPresent()) {
            metrics.slaBreached(ticket.priority(), kind);
            Duration waited = Duration.between(ticket.times().openedAt(), now);
            alerts.add(outbox.alert(
                    marked.get(),
                    staff.say(
                            StaffText.SLA_BREACH,
                            staff.label(kind),
                            cards.line(marked.get()),
                            waited.toMinutes(),
                            target.toMinutes())));
        }
    }
}
