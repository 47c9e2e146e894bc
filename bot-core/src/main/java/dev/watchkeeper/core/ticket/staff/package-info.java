/**
 * The staff side of a ticket: {@link dev.watchkeeper.core.ticket.staff.StaffDesk} reads commands
 * in staff chats and ticket spaces, {@link dev.watchkeeper.core.ticket.staff.StaffActions} carries
 * them out (claim, reply, close, priority…), and {@link
 * dev.watchkeeper.core.ticket.staff.StaffDirectory} says who is staff.
 */
@NullMarked
package dev.watchkeeper.core.ticket.staff;

import org.jspecify.annotations.NullMarked;
