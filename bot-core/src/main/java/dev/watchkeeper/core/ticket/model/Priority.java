package dev.watchkeeper.core.ticket.model;

/** How fast a ticket must be answered; each has its own SLA targets. */
public enum Priority {
    /** Security incidents and scam reports: funds may be moving right now. */
    URGENT,
    /** Money stuck in flight: withdrawals. */
    HIGH,
    /** Everything else. */
    NORMAL
}
