package dev.watchkeeper.core.ticket.model;

import dev.watchkeeper.core.model.ConversationKey;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recent turns per conversation in this process's memory, for the embedded demo and tests. Keeps
 * at most {@code maxTurns} per conversation. Thread-safe under one lock; never blocks beyond it.
 */
public final class InMemoryTranscriptLog implements TranscriptLog {
    private final Object lock = new Object();
    private final Map<ConversationKey, Deque<Turn>> turns = new HashMap<>();
    private final int maxTurns;

    public InMemoryTranscriptLog(int maxTurns) {
        if (maxTurns < 1) {
            throw new IllegalArgumentException("maxTurns must be at least 1: " + maxTurns);
        }
        this.maxTurns = maxTurns;
    }

    @Override
    public void append(ConversationKey conversation, Turn turn) {
        synchronized (lock) {
            Deque<Turn> log = turns.computeIfAbsent(conversation, k -> new ArrayDeque<>());
            log.addLast(turn);
            while (log.size() > maxTurns) {
                log.removeFirst();
            }
        }
    }

    @Override
    public List<Turn> recent(ConversationKey conversation) {
        synchronized (lock) {
            return List.copyOf(turns.getOrDefault(conversation, new ArrayDeque<>()));
        }
    }

    /** Every conversation's kept turns, oldest first, for a backup. */
    public Map<ConversationKey, List<Turn>> all() {
        synchronized (lock) {
            Map<ConversationKey, List<Turn>> copy = new HashMap<>();
            turns.forEach((conversation, log) -> copy.put(conversation, List.copyOf(log)));
            return copy;
        }
    }

    /**
     * Replaces a conversation's turns with a backup's (the last {@code maxTurns} of them), so that
     * restoring the same backup twice keeps each turn once.
     */
    public void restore(ConversationKey conversation, List<Turn> restored) {
        synchronized (lock) {
            if (restored.isEmpty()) {
                turns.remove(conversation);
                return;
            }
            Deque<Turn> log =
                    new ArrayDeque<>(restored.subList(Math.max(0, restored.size() - maxTurns), restored.size()));
            turns.put(conversation, log);
        }
    }

    @Override
    public List<ConversationKey> conversationsOf(AccountId member) {
        synchronized (lock) {
            return turns.keySet().stream()
                    .filter(key ->
                            key.platform() == member.platform() && key.userId().equals(member.id()))
                    .toList();
        }
    }

    @Override
    public void forget(ConversationKey conversation) {
        synchronized (lock) {
            turns.remove(conversation);
        }
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        synchronized (lock) {
            int removed = 0;
            for (Deque<Turn> log : turns.values()) {
                int before = log.size();
                log.removeIf(turn -> turn.at().isBefore(cutoff));
                removed += before - log.size();
            }
            turns.values().removeIf(Deque::isEmpty);
            return removed;
        }
    }
}
