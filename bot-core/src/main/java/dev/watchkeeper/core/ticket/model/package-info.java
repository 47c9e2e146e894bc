/**
 * The ticket itself, shared by every part of the ticket desk: {@link
 * dev.watchkeeper.core.ticket.model.Ticket} with its status, priority, category and times, the
 * settings and texts, the storage ports ({@link dev.watchkeeper.core.ticket.model.TicketStore},
 * {@link dev.watchkeeper.core.ticket.model.TicketSequence}, {@link
 * dev.watchkeeper.core.ticket.model.TranscriptLog}) with their thread-safe in-memory
 * implementations, and {@link dev.watchkeeper.core.ticket.model.TicketWriter}, which saves a
 * ticket and tells its events. It depends on no other ticket package.
 */
@NullMarked
package dev.watchkeeper.core.ticket.model;

import org.jspecify.annotations.NullMarked;
