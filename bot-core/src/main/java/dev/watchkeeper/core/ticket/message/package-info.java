/**
 * What the ticket desk sends and where: {@link dev.watchkeeper.core.ticket.message.Outbox}
 * addresses messages to the member or the ticket's staff space, {@link
 * dev.watchkeeper.core.ticket.message.StaffTexts} words them for staff, {@link
 * dev.watchkeeper.core.ticket.message.TicketCards} renders the ticket card and {@link
 * dev.watchkeeper.core.ticket.message.TicketChoices} encodes its buttons. Shared by the member
 * side, the staff side and the reports.
 */
@NullMarked
package dev.watchkeeper.core.ticket.message;

import org.jspecify.annotations.NullMarked;
