package dev.watchkeeper.core.incident.text;

/** The keys of what incident mode tells members (bundle {@code incidents}). */
public enum IncidentText {
    STATUS,
    STATUS_UNTRANSLATED,
    STATUS_PAGE,
    TICKET_LINKED,
    RESOLVED,
    RESOLVED_TICKET
}
