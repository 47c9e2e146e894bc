/**
 * The member side of a ticket: {@link dev.watchkeeper.core.ticket.member.MemberDesk} routes a
 * member's private messages, opens tickets from hand-overs, security incidents and scam reports
 * ({@link dev.watchkeeper.core.ticket.member.Escalation}, {@link
 * dev.watchkeeper.core.ticket.member.Triage}), relays to staff, asks for ratings and erases a
 * member's data on request.
 */
@NullMarked
package dev.watchkeeper.core.ticket.member;

import org.jspecify.annotations.NullMarked;
