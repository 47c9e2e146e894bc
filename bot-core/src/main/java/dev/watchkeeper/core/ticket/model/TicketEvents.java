package dev.watchkeeper.core.ticket.model;

import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.event.TicketClaimed;
import dev.watchkeeper.core.event.TicketClosed;
import dev.watchkeeper.core.event.TicketFacts;
import dev.watchkeeper.core.event.TicketOpened;
import dev.watchkeeper.core.event.TicketRated;
import dev.watchkeeper.core.event.TicketReplied;
import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Tells the ticket desk's changes as domain events. Each method takes the ticket as the store
 * returned it after the change, so its version makes the event's id: a change that was declined
 * (a second claim, a second rating) wrote nothing and is never told.
 */
public final class TicketEvents {
    private final DomainEvents events;

    TicketEvents(DomainEvents events) {
        this.events = events;
    }

    public void opened(Ticket stored, Instant at) {
        events.publish(TicketOpened.of(
                facts(stored), stored.version(), at, lower(stored.reason().name()), stored.language()));
    }

    public void claimed(Ticket stored, UserRef agent, Instant at) {
        events.publish(TicketClaimed.of(facts(stored), stored.version(), at, account(agent)));
    }

    /** An agent's reply, the last turn of the stored transcript. */
    public void agentReplied(Ticket stored, UserRef agent, Instant at) {
        events.publish(TicketReplied.of(
                facts(stored), stored.version(), at, TicketReplied.From.AGENT, account(agent), lastTurn(stored)));
    }

    /** The member's message, the last turn of the stored transcript. */
    public void memberWrote(Ticket stored, Instant at) {
        events.publish(TicketReplied.of(
                facts(stored), stored.version(), at, TicketReplied.From.MEMBER, null, lastTurn(stored)));
    }

    public void closed(Ticket stored, UserRef agent, Instant at) {
        String resolution = stored.content().resolution();
        events.publish(TicketClosed.of(
                facts(stored), stored.version(), at, account(agent), resolution == null ? "" : resolution));
    }

    public void rated(Ticket stored, Instant at) {
        events.publish(TicketRated.of(
                facts(stored), stored.version(), at, stored.rating().score()));
    }

    private static TicketFacts facts(Ticket t) {
        return new TicketFacts(
                t.id(),
                t.member().member().platform(),
                AccountId.of(t.member().member()).toString(),
                t.member().origin().id(),
                lower(t.category().name()),
                lower(t.priority().name()),
                lower(t.status().name()));
    }

    private static String lastTurn(Ticket t) {
        List<Turn> transcript = t.content().transcript();
        return transcript.isEmpty() ? "" : transcript.getLast().text();
    }

    private static String account(UserRef user) {
        return AccountId.of(user).toString();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
