package dev.watchkeeper.core.ticket;

import dev.watchkeeper.core.decision.Decision;
import java.util.List;

/**
 * What the desk decided about a member's message before the conversation engine sees it.
 *
 * @param decisions what to do first (relay to the ticket space, acknowledge, open a ticket)
 * @param answerToo true when the engine should still answer the message as usual; false while an
 *     agent owns the member's ticket, and for the desk's own commands
 */
public record MemberRouting(List<Decision> decisions, boolean answerToo) {
    public MemberRouting {
        decisions = List.copyOf(decisions);
    }

    /** Nothing to do here; the engine answers. */
    public static MemberRouting engineOnly() {
        return new MemberRouting(List.of(), true);
    }

    /** The desk handled it; the engine stays silent. */
    public static MemberRouting handled(List<Decision> decisions) {
        return new MemberRouting(decisions, false);
    }
}
