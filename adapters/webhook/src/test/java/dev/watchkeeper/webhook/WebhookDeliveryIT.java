package dev.watchkeeper.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.event.DomainEvent;
import dev.watchkeeper.core.event.EventType;
import dev.watchkeeper.core.event.InMemoryEventQueue;
import dev.watchkeeper.core.event.TicketFacts;
import dev.watchkeeper.core.event.TicketOpened;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.TicketSpaceOpened;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real ticket and moderation flows through the core, their events posted over real HTTP to a
 * receiver on 127.0.0.1 that fails the first attempts in every way a receiver fails.
 */
class WebhookDeliveryIT {
    private static final String SECRET = "it-secret-0123456789";
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final ChatRef MODS = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);
    private static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP);
    private static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "42", "alice", "Alice", false);
    private static final ChatRef MEMBER_DM = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);
    private static final UserRef AGENT = new UserRef(Platform.TELEGRAM, "8", "alex", "Alex", false);
    private static final UserRef MODERATOR = new UserRef(Platform.TELEGRAM, "7", "mia", "Mia", false);
    private static final UserRef BOT = new UserRef(Platform.TELEGRAM, "1", "watchkeeper", "Watchkeeper", true);
    private static final String SCAM =
            "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal";
    private static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofSeconds(2));

    private final BotFixture fixture =
            new BotFixture(BotFixture.oneEntryKnowledgeBase(), STAFF, MODS, AGENT, MODERATOR, Clock.systemUTC());
    private final InMemoryEventQueue queue = new InMemoryEventQueue();
    private @Nullable TestReceiver receiver;
    private @Nullable Webhooks webhooks;
    private int ids;

    @AfterEach
    void stop() {
        if (webhooks != null) {
            webhooks.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    private Webhooks start(URI url, int maxAttempts) {
        webhooks = Webhooks.start(
                List.of(new WebhookEndpoint(
                        "helpdesk", url, SECRET, Set.of(), Duration.ofSeconds(2), maxAttempts, Duration.ofHours(1))),
                queue,
                FAST,
                Duration.ofMillis(100),
                Clock.systemUTC());
        return webhooks;
    }

    @Test
    void aFlakyReceiverGetsEveryEventOnceByItsKeyInOrderAndSigned() throws InterruptedException {
        receiver = TestReceiver.start(SECRET)
                .failingFirst(
                        TestReceiver.Failure.status(500),
                        new TestReceiver.Failure.Drop(),
                        new TestReceiver.Failure.Status(429, "1"),
                        new TestReceiver.Failure.AnswerLost(),
                        TestReceiver.Failure.status(503));
        fixture.events.forwardTo(start(receiver.url(), 20).events());

        ticketLife();
        caseConfirmed();
        caseDismissed();

        List<DomainEvent> told = fixture.events.all();
        assertThat(told).extracting(DomainEvent::type).containsAll(List.of(EventType.values()));
        assertThat(receiver.awaitProcessed(told.size(), Duration.ofSeconds(30)))
                .as("processed %s", receiver.processedKeys())
                .isTrue();
        assertThat(receiver.processedKeys())
                .containsExactlyElementsOf(told.stream().map(DomainEvent::id).toList());
        assertThat(receiver.requests()).hasSizeGreaterThanOrEqualTo(told.size() + 4);
        assertThat(receiver.requests()).allSatisfy(r -> {
            assertThat(r.signature()).isEqualTo(WebhookVerifier.Result.VALID);
            assertThat(r.delivery()).isEqualTo(r.idempotencyKey());
            assertThat(r.body()).contains("\"id\":\"" + r.idempotencyKey() + "\"", "\"type\":\"" + r.event() + "\"");
        });
        assertThat(receiver.requests().stream()
                        .filter(r -> r.idempotencyKey().equals(told.getFirst().id())))
                .as("the first event, retried through every failure")
                .hasSize(6);
        assertThat(receiver.requests().stream().map(TestReceiver.Request::body))
                .noneMatch(body -> body.contains("seed phrase"));
        assertThat(queue.pending("helpdesk")).isZero();
        assertThat(queue.deadLetters("helpdesk")).isEmpty();
    }

    @Test
    void anEventRefusedForGoodIsADeadLetterAndTheNextStillArrive() throws InterruptedException {
        receiver = TestReceiver.start(SECRET).failingFirst(TestReceiver.Failure.status(422));
        Webhooks running = start(receiver.url(), 20);

        IntStream.rangeClosed(1, 3).forEach(n -> running.events().publish(opened(n)));

        assertThat(receiver.awaitProcessed(2, Duration.ofSeconds(10))).isTrue();
        assertThat(receiver.processedKeys()).containsExactly("WK-2/opened/1", "WK-3/opened/1");
        assertThat(queue.deadLetters("helpdesk")).singleElement().satisfies(dead -> assertThat(dead.id())
                .isEqualTo("WK-1/opened/1"));
    }

    @Test
    void aReceiverWithAnotherSecretSeesTheSignatureIsWrong() throws InterruptedException {
        receiver = TestReceiver.start("not-the-secret-0123456789");
        start(receiver.url(), 20).events().publish(opened(1));

        awaitDeadLetters(1);

        assertThat(receiver.requests()).singleElement().satisfies(r -> assertThat(r.signature())
                .isEqualTo(WebhookVerifier.Result.MISMATCH));
        assertThat(receiver.processed()).isEmpty();
    }

    @Test
    void anEventIsGivenUpAfterItsAttempts() throws InterruptedException {
        receiver = TestReceiver.start(SECRET)
                .failingFirst(
                        TestReceiver.Failure.status(500),
                        TestReceiver.Failure.status(502),
                        TestReceiver.Failure.status(503));
        Webhooks running = start(receiver.url(), 3);
        running.events().publish(opened(1));
        running.events().publish(opened(2));

        assertThat(receiver.awaitProcessed(1, Duration.ofSeconds(10))).isTrue();

        assertThat(receiver.requests()).hasSize(4);
        assertThat(receiver.processedKeys()).containsExactly("WK-2/opened/1");
        assertThat(queue.deadLetters("helpdesk")).extracting(e -> e.id()).containsExactly("WK-1/opened/1");
    }

    private void awaitDeadLetters(int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (queue.deadLetters("helpdesk").size() < count && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    private static TicketOpened opened(int number) {
        TicketFacts facts = new TicketFacts(
                TicketId.of("WK", number), Platform.TELEGRAM, "telegram:42", "-100", "other", "normal", "open");
        return TicketOpened.of(facts, 1, Instant.now(), "requested", "en");
    }

    /** Opened from a private chat, claimed, answered both ways, closed and rated. */
    private void ticketLife() {
        fixture.bot.handle(InboundMessage.text(next(), MEMBER_DM, MEMBER, "/human", Instant.now()));
        TicketId ticket = new TicketId("WK-1000");
        fixture.bot.handle(new TicketSpaceOpened(STAFF, "thread-1", ticket, BOT, Instant.now()));
        fixture.bot.handle(new ChoiceSelected(STAFF, AGENT, TicketChoices.claim(ticket), null, Instant.now()));
        fixture.bot.handle(inThread("Hi Alice, which network did you use?"));
        fixture.bot.handle(InboundMessage.text(next(), MEMBER_DM, MEMBER, "Tron, two hours ago", Instant.now()));
        fixture.bot.handle(inThread("/close credited"));
        fixture.bot.handle(new ChoiceSelected(MEMBER_DM, MEMBER, TicketChoices.rate(ticket, 5), null, Instant.now()));
    }

    private void caseConfirmed() {
        List<Decision> flagged = scam(new UserRef(Platform.TELEGRAM, "66", "helpdesk_team", "Support", false));
        fixture.bot.handle(new ChoiceSelected(
                MODS, MODERATOR, BotFixture.caseAction(flagged, "Confirm: ban"), null, Instant.now()));
    }

    private void caseDismissed() {
        List<Decision> flagged = scam(new UserRef(Platform.TELEGRAM, "67", "support_desk", "Support", false));
        fixture.bot.handle(
                new ChoiceSelected(MODS, MODERATOR, BotFixture.caseAction(flagged, "Dismiss"), null, Instant.now()));
    }

    private List<Decision> scam(UserRef scammer) {
        return fixture.bot.handle(InboundMessage.text(next(), GROUP, scammer, SCAM, Instant.now()));
    }

    private InboundMessage inThread(String text) {
        return InboundMessage.text(next(), STAFF, AGENT, text, Instant.now()).inThread("thread-1");
    }

    private String next() {
        return Integer.toString(++ids);
    }
}
