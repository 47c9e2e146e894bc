package dev.watchkeeper.core.ticket;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.SlaKind;
import dev.watchkeeper.core.ticket.model.SupportMetrics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A metrics fake that remembers what it was told. */
final class CountingMetrics implements SupportMetrics {
    final AtomicLong botAnswers = new AtomicLong();
    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void botAnswered(Platform platform) {
        botAnswers.incrementAndGet();
    }

    @Override
    public void ticketOpened(Category category, Priority priority, Platform platform) {
        events.add("opened " + category + " " + priority + " " + platform);
    }

    @Override
    public void firstResponse(Priority priority, Duration sinceOpened) {
        events.add("first-response " + priority + " " + sinceOpened);
    }

    @Override
    public void ticketResolved(Category category, Priority priority, Duration sinceOpened) {
        events.add("resolved " + category + " " + sinceOpened);
    }

    @Override
    public void rated(int score) {
        events.add("rated " + score);
    }

    @Override
    public void slaBreached(Priority priority, SlaKind kind) {
        events.add("breach " + priority + " " + kind);
    }
}
