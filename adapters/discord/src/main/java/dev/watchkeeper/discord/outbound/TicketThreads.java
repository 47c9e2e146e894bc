package dev.watchkeeper.discord.outbound;

import dev.watchkeeper.core.model.TicketId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The threads this adapter opens for tickets, by ticket id, from the moment it asks Discord for
 * one. The core learns a ticket's thread only once it exists, so a post it makes for the ticket
 * before then (the member's DMs refused right after opening, say) names the staff channel alone: it
 * waits here for the thread and goes there, after the ticket's card. Bounded: the oldest tickets
 * are forgotten. Thread-safe.
 */
final class TicketThreads {
    private final Map<TicketId, CompletableFuture<@Nullable String>> byTicket;

    /** Remembers at most {@code capacity} tickets. */
    TicketThreads(int capacity) {
        this.byTicket = new LinkedHashMap<>(64, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TicketId, CompletableFuture<@Nullable String>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The ticket's thread is being opened; posts for it wait until {@link #opened} or {@link #failed}. */
    synchronized void opening(TicketId ticketId) {
        byTicket.put(ticketId, new CompletableFuture<>());
    }

    /** The ticket's thread exists and holds its card. */
    synchronized void opened(TicketId ticketId, String threadId) {
        Optional.ofNullable(byTicket.get(ticketId)).ifPresent(thread -> thread.complete(threadId));
    }

    /** No thread could be opened: posts for the ticket go to the staff channel. */
    synchronized void failed(TicketId ticketId) {
        Optional.ofNullable(byTicket.get(ticketId)).ifPresent(thread -> thread.complete(null));
    }

    /**
     * Runs {@code post} with the ticket's thread id (null for none) once it is known, and returns
     * its result; null, and nothing run, when this adapter never opened a thread for the ticket.
     */
    synchronized <T> @Nullable CompletableFuture<T> whenKnown(
            TicketId ticketId, Function<@Nullable String, CompletableFuture<T>> post) {
        CompletableFuture<@Nullable String> thread = byTicket.get(ticketId);
        return thread == null ? null : thread.thenCompose(post);
    }
}
