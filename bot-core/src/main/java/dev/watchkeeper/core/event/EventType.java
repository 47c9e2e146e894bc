package dev.watchkeeper.core.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of {@link DomainEvent}, with the names receivers see ({@code ticket.opened}). */
public enum EventType {
    TICKET_OPENED,
    TICKET_CLAIMED,
    TICKET_REPLIED,
    TICKET_CLOSED,
    TICKET_RATED,
    CASE_OPENED,
    CASE_CONFIRMED,
    CASE_DISMISSED;

    /** The name on the wire: {@code ticket.opened}, {@code case.confirmed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The kind without its subject: {@code opened}, {@code confirmed}. */
    String suffix() {
        return wireName().substring(wireName().indexOf('.') + 1);
    }

    /** The kind with this wire name, if there is one. */
    public static Optional<EventType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
    }
}
