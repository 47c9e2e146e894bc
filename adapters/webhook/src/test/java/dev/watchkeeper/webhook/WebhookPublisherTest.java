package dev.watchkeeper.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.watchkeeper.core.event.EventQueue;
import dev.watchkeeper.core.event.EventType;
import dev.watchkeeper.core.event.InMemoryEventQueue;
import dev.watchkeeper.core.event.QueuedEvent;
import dev.watchkeeper.core.event.TicketFacts;
import dev.watchkeeper.core.event.TicketRated;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookPublisherTest {
    private static final TicketRated RATED = TicketRated.of(
            new TicketFacts(
                    new TicketId("WK-7"), Platform.DISCORD, "discord:1", "general", "other", "normal", "resolved"),
            9,
            Instant.parse("2026-12-03T04:00:00Z"),
            4);

    private final List<String> woken = new ArrayList<>();

    private static WebhookEndpoint endpoint(String name, Set<EventType> events) {
        return new WebhookEndpoint(
                name,
                URI.create("https://hooks.example.com/" + name),
                "s3cret-s3cret-s3cret",
                events,
                Duration.ofSeconds(5),
                10,
                Duration.ofDays(1));
    }

    @Test
    void queuesTheEventForEachEndpointThatWantsItAndWakesItsSender() {
        InMemoryEventQueue queue = new InMemoryEventQueue();
        WebhookPublisher publisher = new WebhookPublisher(
                List.of(
                        endpoint("all", Set.of()),
                        endpoint("ratings", Set.of(EventType.TICKET_RATED)),
                        endpoint("cases", Set.of(EventType.CASE_OPENED))),
                queue,
                woken::add);

        publisher.publish(RATED);

        assertThat(queue.head("all")).map(QueuedEvent::id).contains("WK-7/rated/9");
        assertThat(queue.head("ratings")).isEqualTo(queue.head("all"));
        assertThat(queue.pending("cases")).isZero();
        assertThat(woken).containsExactly("all", "ratings");
    }

    @Test
    void aQueueThatFailsNeitherThrowsIntoTheDeskNorStopsTheOtherEndpoints() {
        InMemoryEventQueue working = new InMemoryEventQueue();
        WebhookPublisher publisher = new WebhookPublisher(
                List.of(endpoint("helpdesk", Set.of()), endpoint("warehouse", Set.of())),
                new FailingFor("helpdesk", working),
                woken::add);

        assertThatCode(() -> publisher.publish(RATED)).doesNotThrowAnyException();

        assertThat(working.pending("warehouse")).isEqualTo(1);
        assertThat(woken).containsExactly("warehouse");
        assertThat(working.pending("helpdesk")).isZero();
    }

    /** A queue whose store is away for one receiver. */
    private record FailingFor(String receiver, InMemoryEventQueue rest) implements EventQueue {
        @Override
        public void append(String to, QueuedEvent event) {
            if (to.equals(receiver)) {
                throw new IllegalStateException("store away");
            }
            rest.append(to, event);
        }

        @Override
        public Optional<QueuedEvent> head(String to) {
            return rest.head(to);
        }

        @Override
        public void done(String to, QueuedEvent event) {
            rest.done(to, event);
        }

        @Override
        public void deadLetter(String to, QueuedEvent event) {
            rest.deadLetter(to, event);
        }

        @Override
        public List<QueuedEvent> deadLetters(String to) {
            return rest.deadLetters(to);
        }

        @Override
        public long deadLetterCount(String to) {
            return rest.deadLetterCount(to);
        }

        @Override
        public long pending(String to) {
            return rest.pending(to);
        }
    }
}
