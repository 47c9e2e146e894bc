package dev.watchkeeper.web.inbox;

import dev.watchkeeper.core.ticket.model.SlaKind;
import dev.watchkeeper.core.ticket.model.SlaPolicy;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketLine;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's SLA standing at an instant: which target it is waiting on, when that falls due, and
 * whether it is breached or at risk. Open tickets wait on the first response until an agent has
 * written to the member, then on the resolution; resolved tickets wait on nothing.
 *
 * @param state breached, at risk or ok
 * @param pending the target the ticket waits on, or null when resolved
 * @param due when the pending target falls due, or null when resolved
 */
public record SlaStanding(SlaState state, @Nullable SlaKind pending, @Nullable Instant due) {
    /** The share of a target's time left below which a ticket is at risk. */
    static final double AT_RISK_SHARE = 0.25;

    /** The standing of {@code ticket} under {@code policy} at {@code now}. Pure. */
    public static SlaStanding of(Ticket ticket, SlaPolicy policy, Instant now) {
        return of(TicketLine.of(ticket), policy, now);
    }

    /** The standing of the ticket of this line under {@code policy} at {@code now}. Pure. */
    public static SlaStanding of(TicketLine ticket, SlaPolicy policy, Instant now) {
        if (!ticket.status().isOpen()) {
            return new SlaStanding(ticket.breaches().isEmpty() ? SlaState.OK : SlaState.BREACHED, null, null);
        }
        SlaKind kind = ticket.times().firstResponseAt() == null ? SlaKind.FIRST_RESPONSE : SlaKind.RESOLUTION;
        Duration target = policy.of(ticket.priority()).of(kind);
        Instant due = ticket.times().openedAt().plus(target);
        if (!ticket.breaches().isEmpty() || now.isAfter(due)) {
            return new SlaStanding(SlaState.BREACHED, kind, due);
        }
        Duration left = Duration.between(now, due);
        boolean atRisk = left.toMillis() < target.toMillis() * AT_RISK_SHARE;
        return new SlaStanding(atRisk ? SlaState.AT_RISK : SlaState.OK, kind, due);
    }

    /** The time to sort by: the due time, resolved tickets last. */
    Instant sortKey() {
        return due == null ? Instant.MAX : due;
    }

    /** How it stands in words at {@code now}: {@code due in 2h 5m}, {@code overdue by 12m}, {@code resolved}. */
    public String describe(Instant now) {
        if (due == null) {
            return state == SlaState.BREACHED ? "resolved, after a breach" : "resolved";
        }
        String what = pending == SlaKind.FIRST_RESPONSE ? "first response" : "resolution";
        Duration left = Duration.between(now, due);
        return left.isNegative() ? what + " overdue by " + span(left.negated()) : what + " due in " + span(left);
    }

    private static String span(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return minutes + "m";
        }
        long hours = minutes / 60;
        return hours < 48 ? hours + "h " + (minutes % 60) + "m" : (hours / 24) + "d " + (hours % 24) + "h";
    }
}
