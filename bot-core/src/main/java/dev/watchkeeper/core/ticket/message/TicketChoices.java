package dev.watchkeeper.core.ticket.message;

import dev.watchkeeper.core.model.TicketId;
import java.util.Optional;

/**
 * The choice actions of the ticket flow: staff buttons on ticket cards, the member's rating
 * buttons and the erasure confirmation. One place defines the token format, short enough for
 * Telegram's 64-byte callback data.
 */
public final class TicketChoices {
    public static final String FORGET_YES = "tk:forget:yes";
    public static final String FORGET_NO = "tk:forget:no";
    private static final String CLAIM = "tk:claim:";
    private static final String CLOSE = "tk:close:";
    private static final String CLOSE_WITHOUT_NOTE = "tk:closenow:";
    private static final String RATE = "tk:rate:";

    private TicketChoices() {}

    /** The action that claims a ticket. */
    public static String claim(TicketId id) {
        return CLAIM + id.value();
    }

    /** The action that closes a ticket. */
    public static String close(TicketId id) {
        return CLOSE + id.value();
    }

    /**
     * The action that closes a ticket without a resolution note, offered once its Close button
     * was pressed (a platform that can ask for the note, Discord with its modal, offers that
     * instead).
     */
    public static String closeWithoutNote(TicketId id) {
        return CLOSE_WITHOUT_NOTE + id.value();
    }

    /** The action that rates a ticket. */
    public static String rate(TicketId id, int score) {
        return RATE + id.value() + ":" + score;
    }

    /** True for every action of the ticket flow. */
    public static boolean isTicketAction(String action) {
        return action.startsWith("tk:");
    }

    public static Optional<TicketId> claimed(String action) {
        return action.startsWith(CLAIM) ? TicketId.parse(action.substring(CLAIM.length())) : Optional.empty();
    }

    public static Optional<TicketId> closed(String action) {
        return action.startsWith(CLOSE) ? TicketId.parse(action.substring(CLOSE.length())) : Optional.empty();
    }

    public static Optional<TicketId> closedWithoutNote(String action) {
        return action.startsWith(CLOSE_WITHOUT_NOTE)
                ? TicketId.parse(action.substring(CLOSE_WITHOUT_NOTE.length()))
                : Optional.empty();
    }

    /** The ticket and score of a rating action. */
    public static Optional<RatingPick> rating(String action) {
        if (!action.startsWith(RATE)) {
            return Optional.empty();
        }
        String rest = action.substring(RATE.length());
        int colon = rest.lastIndexOf(':');
        if (colon < 0 || !rest.substring(colon + 1).matches("[1-5]")) {
            return Optional.empty();
        }
        return TicketId.parse(rest.substring(0, colon))
                .map(id -> new RatingPick(id, Integer.parseInt(rest.substring(colon + 1))));
    }

    public record RatingPick(TicketId ticket, int score) {}
}
