package dev.watchkeeper.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventQueue} does; each implementation's test extends it (shared through the
 * test jar).
 */
public abstract class EventQueueContract {
    private static final Instant AT = Instant.parse("2026-12-03T04:00:00Z");

    /** A queue with nothing in it. */
    protected abstract EventQueue queue();

    protected static QueuedEvent event(String id) {
        return new QueuedEvent(id, "ticket.opened", AT, "{\"id\":\"" + id + "\"}");
    }

    @Test
    void theHeadIsTheOldestEventAndStaysUntilDone() {
        EventQueue queue = queue();
        queue.append("helpdesk", event("WK-1/opened/1"));
        queue.append("helpdesk", event("WK-1/claimed/2"));

        assertThat(queue.head("helpdesk")).contains(event("WK-1/opened/1"));
        assertThat(queue.head("helpdesk")).contains(event("WK-1/opened/1"));

        queue.done("helpdesk", event("WK-1/opened/1"));

        assertThat(queue.head("helpdesk")).contains(event("WK-1/claimed/2"));
        assertThat(queue.pending("helpdesk")).isEqualTo(1);
    }

    @Test
    void doneForAnEventNoLongerAtTheHeadRemovesNothing() {
        EventQueue queue = queue();
        queue.append("helpdesk", event("WK-1/opened/1"));
        queue.append("helpdesk", event("WK-1/claimed/2"));
        queue.done("helpdesk", event("WK-1/opened/1"));

        queue.done("helpdesk", event("WK-1/opened/1"));

        assertThat(queue.head("helpdesk")).contains(event("WK-1/claimed/2"));
    }

    @Test
    void aDeadLetterLeavesTheQueueAndIsKept() {
        EventQueue queue = queue();
        queue.append("helpdesk", event("WK-1/opened/1"));
        queue.append("helpdesk", event("WK-1/claimed/2"));

        queue.deadLetter("helpdesk", event("WK-1/opened/1"));
        queue.deadLetter("helpdesk", event("WK-1/opened/1"));

        assertThat(queue.head("helpdesk")).contains(event("WK-1/claimed/2"));
        assertThat(queue.deadLetters("helpdesk")).containsExactly(event("WK-1/opened/1"));
        assertThat(queue.deadLetterCount("helpdesk")).isEqualTo(1);
    }

    @Test
    void eachReceiverHasItsOwnQueue() {
        EventQueue queue = queue();
        queue.append("helpdesk", event("WK-1/opened/1"));

        assertThat(queue.head("warehouse")).isEmpty();
        assertThat(queue.pending("warehouse")).isZero();
        assertThat(queue.deadLetters("warehouse")).isEmpty();
        assertThat(queue.deadLetterCount("warehouse")).isZero();
        assertThat(queue.pending("helpdesk")).isEqualTo(1);
    }
}
