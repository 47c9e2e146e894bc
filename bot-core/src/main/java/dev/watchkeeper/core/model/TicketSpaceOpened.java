package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The adapter opened the staff thread (a Discord thread, a Telegram forum topic) that an {@link
 * dev.watchkeeper.core.decision.OpenTicketSpace} asked for; the ticket's staff messages now route
 * to it.
 *
 * @param chat the staff chat the thread is in
 * @param threadId the thread's id in that chat
 * @param ticket the ticket the thread is for
 * @param author the bot account that opened the thread
 * @param time when the adapter saw it opened
 */
public record TicketSpaceOpened(ChatRef chat, String threadId, TicketId ticket, UserRef author, Instant time)
        implements Inbound {
    public TicketSpaceOpened {
        requireNonNull(chat, "chat");
        requireNonNull(threadId, "threadId");
        requireNonNull(ticket, "ticket");
        requireNonNull(author, "author");
        requireNonNull(time, "time");
    }
}
