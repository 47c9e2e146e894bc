package dev.watchkeeper.web.inbox;

/** Where a ticket stands against its SLA targets, as the inbox filters and shows it. */
public enum SlaState {
    /** A target was missed (or recorded as missed by the SLA monitor). */
    BREACHED,
    /** The pending target falls due within the last quarter of its time. */
    AT_RISK,
    /** Within its targets, or resolved without a breach. */
    OK
}
