package dev.watchkeeper.core.bot;

import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.ticket.TicketDesk;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point platform adapters call: hands every inbound event to the features in order
 * (the ticket desk for staff spaces and members with a ticket, then the conversation engine) and
 * returns what should happen. Adapters carry the decisions out in the order returned.
 *
 * <p>Never throws on an event: a failure inside a feature is logged (without the message text)
 * and, in a private chat, the member gets an apology instead of silence. Thread-safe; blocks only
 * as long as the features' ports do.
 */
public final class Bot {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);
    static final String APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment.";

    private final TicketDesk desk;
    private final ConversationEngine engine;

    public Bot(TicketDesk desk, ConversationEngine engine) {
        this.desk = desk;
        this.engine = engine;
    }

    /** Decides what to do about one inbound event; an empty list means do nothing. */
    public List<Decision> handle(Inbound inbound) {
        try {
            return desk.handle(inbound, engine::handle);
        } catch (RuntimeException e) {
            log.error(
                    "Failed on a {} event from {} in chat {}",
                    inbound.getClass().getSimpleName(),
                    inbound.author().platform(),
                    inbound.chat().id(),
                    e);
            return inbound.chat().isPrivate() && !inbound.author().bot()
                    ? List.of(Reply.of(ReplyTarget.chat(inbound.chat()), APOLOGY))
                    : List.of();
        }
    }
}
