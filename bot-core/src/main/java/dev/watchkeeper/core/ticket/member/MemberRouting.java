package dev.watchkeeper.core.ticket.member;

import dev.watchkeeper.core.decision.Decision;
import java.util.List;

/**
 * What the desk decided about a member's message before the conversation engine sees it.
 *
 * @param decisions what to do first (relay to the ticket space, acknowledge, open a ticket)
 * @param answerToo true when the engine should still answer the message as usual; false while an
 *     agent owns the member's ticket, and for the desk's own commands
 * @param unlessClaimed true when the desk has not looked at the member's ticket yet (group chatter
 *     not addressed to the bot): the engine's answer, if it has one, stands only while no agent
 *     owns the member's ticket. Most chatter gets no answer, so most chatter costs no ticket look-up.
 */
public record MemberRouting(List<Decision> decisions, boolean answerToo, boolean unlessClaimed) {
    public MemberRouting {
        decisions = List.copyOf(decisions);
    }

    public MemberRouting(List<Decision> decisions, boolean answerToo) {
        this(decisions, answerToo, false);
    }

    /** Nothing to do here; the engine answers. */
    public static MemberRouting engineOnly() {
        return new MemberRouting(List.of(), true);
    }

    /** Nothing to do here; the engine answers unless an agent owns the member's ticket. */
    public static MemberRouting engineUnlessClaimed() {
        return new MemberRouting(List.of(), true, true);
    }

    /** The desk handled it; the engine stays silent. */
    public static MemberRouting handled(List<Decision> decisions) {
        return new MemberRouting(decisions, false);
    }
}
