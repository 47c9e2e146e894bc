/**
 * The ticket inbox of the staff console: the tickets of every platform in one list, filtered and
 * paged, most urgent and soonest due first ({@link dev.watchkeeper.web.inbox.TicketInbox}); and what
 * a ticket's page shows besides the conversation: its SLA standing, explorer links for its context,
 * an extractive summary for an agent taking over, and knowledge-base answers that fit the member's
 * last messages. Actions on a ticket go through {@link dev.watchkeeper.web.ConsoleGateway#staffCommand}
 * as the staff commands they are in chat ({@link dev.watchkeeper.web.inbox.TicketAction}).
 */
@NullMarked
package dev.watchkeeper.web.inbox;

import org.jspecify.annotations.NullMarked;
