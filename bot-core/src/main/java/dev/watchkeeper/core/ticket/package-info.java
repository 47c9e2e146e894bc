/**
 * Escalation tickets and human takeover. A {@link dev.watchkeeper.core.ticket.TicketDesk} turns
 * hand-overs, security incidents and scam reports into tickets, relays between a member's private
 * chat and the ticket's staff space, runs staff commands, asks for a rating on close, and erases
 * a member's data on request. {@link dev.watchkeeper.core.ticket.SlaMonitor},
 * {@link dev.watchkeeper.core.ticket.RetentionPurge} and
 * {@link dev.watchkeeper.core.ticket.SupportStats} are pure calls the application schedules or
 * exposes. Storage is behind small ports ({@link dev.watchkeeper.core.ticket.TicketStore},
 * {@link dev.watchkeeper.core.ticket.TicketSequence},
 * {@link dev.watchkeeper.core.ticket.TranscriptLog}, {@link dev.watchkeeper.core.ticket.AuditLog})
 * with thread-safe in-memory implementations here and networked ones in adapters.
 */
@NullMarked
package dev.watchkeeper.core.ticket;

import org.jspecify.annotations.NullMarked;
