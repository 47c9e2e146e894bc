package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Send a message to one person in their private chat with the bot: the member of a ticket (agent
 * replies, knowledge-base answers, rating requests) or an agent (their private transcript view).
 *
 * <p>{@link #to()} names the private chat. When the bot has not seen that chat yet its id is the
 * recipient's account id: Telegram uses the same number for both; a Discord adapter opens the DM
 * channel of that user. When the platform refuses delivery (the member never started the bot, or
 * does not accept DMs) the adapter reports it to the bot ({@link
 * dev.watchkeeper.core.model.PrivateMessageRefused}) with the {@link #ticketId()}, and the ticket
 * desk tells the member how to open the private chat. A message that is not about a ticket may
 * carry a {@link #fallback()}: the adapter posts it instead when delivery is refused.
 *
 * @param to the recipient's private chat
 * @param recipient who receives it
 * @param ticketId the ticket this message belongs to, if any
 * @param text the message, in Markdown
 * @param options choices offered with it, possibly none
 * @param fallback what to post, in a chat the recipient sees, when the platform refuses the private
 *     message; none when the message may only go privately
 */
public record SendPrivate(
        ReplyTarget to,
        UserRef recipient,
        @Nullable TicketId ticketId,
        String text,
        List<Choice> options,
        @Nullable Reply fallback)
        implements Decision {
    public SendPrivate {
        requireNonNull(to, "to");
        requireNonNull(recipient, "recipient");
        requireNonNull(text, "text");
        options = List.copyOf(options);
        if (!to.chat().isPrivate()) {
            throw new IllegalArgumentException("a private message must go to a private chat: " + to.chat());
        }
    }

    /** A private message with nothing to post when it cannot be delivered. */
    public SendPrivate(
            ReplyTarget to, UserRef recipient, @Nullable TicketId ticketId, String text, List<Choice> options) {
        this(to, recipient, ticketId, text, options, null);
    }
}
