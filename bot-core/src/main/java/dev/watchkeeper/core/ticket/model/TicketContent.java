package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.ticket.text.TicketContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a ticket says: the personal part that retention and {@code /forgetme} delete.
 *
 * @param transcript the conversation so far, oldest first, redacted, bounded
 * @param context transaction ids, addresses, account ids and amounts pulled from the transcript
 * @param resolution the agent's resolution note, redacted, once resolved
 */
public record TicketContent(List<Turn> transcript, TicketContext context, @Nullable String resolution) {
    public TicketContent {
        transcript = List.copyOf(transcript);
        requireNonNull(context, "context");
    }

    /** No content: what is left after erasure. */
    public static TicketContent erased() {
        return new TicketContent(List.of(), TicketContext.empty(), null);
    }

    TicketContent with(Turn turn, TicketContext found, int maxTurns) {
        List<Turn> turns = new ArrayList<>(transcript);
        turns.add(turn);
        List<Turn> kept = turns.size() > maxTurns ? turns.subList(turns.size() - maxTurns, turns.size()) : turns;
        return new TicketContent(kept, context.merge(found), resolution);
    }

    TicketContent resolvedWith(String note) {
        return new TicketContent(transcript, context, note);
    }
}
