package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The platform refused a {@link dev.watchkeeper.core.decision.SendPrivate} of a ticket: the member
 * blocked the bot, never started it, or accepts no private messages.
 *
 * @param chat the member's private chat the message was for
 * @param author the member who could not be reached
 * @param ticket the ticket the message belonged to
 * @param time when the platform refused it
 */
public record PrivateMessageRefused(ChatRef chat, UserRef author, TicketId ticket, Instant time) implements Inbound {
    public PrivateMessageRefused {
        requireNonNull(chat, "chat");
        requireNonNull(author, "author");
        requireNonNull(ticket, "ticket");
        requireNonNull(time, "time");
    }
}
