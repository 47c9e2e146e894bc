/**
 * Escalation tickets and human takeover. {@link dev.watchkeeper.core.ticket.TicketDesk}, the
 * feature's one entry point, turns hand-overs, security incidents and scam reports into tickets,
 * relays between a member's private chat and the ticket's staff space, runs staff commands, asks
 * for a rating on close, and erases a member's data on request. It is built from sub-feature
 * packages that depend on each other in one direction and never on this one: {@code model} (the
 * ticket, its settings, storage ports and in-memory stores), {@code message} (what the desk sends
 * and where), {@code member} (the member side), {@code staff} (the staff side), {@code report}
 * (SLA checks, retention and {@code /stats}) and {@code text} (redaction and context extraction).
 * {@link dev.watchkeeper.core.ticket.TicketPorts} gathers the ports the wiring hands it.
 */
@NullMarked
package dev.watchkeeper.core.ticket;

import org.jspecify.annotations.NullMarked;
