package dev.watchkeeper.telegram;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static dev.watchkeeper.telegram.FakeBotApi.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.bot.InMemorySendRateLimiter;
import dev.watchkeeper.core.bot.SendLimits;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.outbox.DecisionOutbox;
import dev.watchkeeper.core.outbox.InMemoryDecisionOutbox;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox through the real adapter: a sender killed mid-queue loses nothing to the next one. */
class OutboxIT {
    private static final int QUESTIONS = 10;
    private static final Map<String, Object> MEMBER = user(501, "Sam", "sam", false);

    private final FakeBotApi api = new FakeBotApi();
    private final Clock clock = Clock.systemUTC();
    private final DecisionOutbox outbox = new InMemoryDecisionOutbox(clock);
    private final EventDeduplicator events = new InMemoryEventDeduplicator(Duration.ofHours(1), 10_000, clock);
    private final BotFixture fixture = new BotFixture(
            new InMemoryKnowledgeBase(entry("2fa-reset", "Reset 2FA", "Use the reset form.", "lost phone 2fa")),
            new ChatRef(Platform.TELEGRAM, "-1002", ChatType.GROUP),
            new ChatRef(Platform.TELEGRAM, "-1003", ChatType.GROUP),
            new UserRef(Platform.TELEGRAM, "700", "alex", "Alex", false),
            new UserRef(Platform.TELEGRAM, "901", null, "Other moderator", false),
            clock,
            Set.of("administrator"));
    private final List<TelegramAdapter> instances = new ArrayList<>();

    @AfterEach
    void stop() {
        instances.forEach(TelegramAdapter::close);
        api.close();
    }

    @Test
    void aNewInstanceCarriesOutEveryActionAKilledOneRecordedOnce() throws Exception {
        TelegramAdapter first = instance("first");
        for (int i = 0; i < QUESTIONS; i++) {
            api.push(Updates.message(501, MEMBER, "/verify 100-00" + i));
        }
        // One a second in a private chat: the first few go out, the rest wait in the queue.
        api.await("sendMessage", c -> api.calls("sendMessage").size() >= 3);
        first.halt();
        int sentByFirst = api.calls("sendMessage").size();
        assertThat(sentByFirst).isLessThan(QUESTIONS);
        assertThat(outbox.pending(Platform.TELEGRAM)).isPositive();

        instance("second");

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (outbox.pending(Platform.TELEGRAM) > 0 && System.nanoTime() < deadline) {
            FakeBotApi.pause();
        }
        assertThat(outbox.pending(Platform.TELEGRAM)).isZero();
        List<String> texts =
                api.calls("sendMessage").stream().map(FakeBotApi.Call::text).toList();
        for (int i = 0; i < QUESTIONS; i++) {
            String code = "100-00" + i;
            // Once each; twice at most for the one call that may have been in flight at the kill.
            assertThat(texts.stream().filter(t -> t.contains(code)).count())
                    .as(code)
                    .isBetween(1L, 2L);
        }
        assertThat(texts).hasSizeLessThanOrEqualTo(QUESTIONS + 1);
    }

    @Test
    void aCleanStopLeavesWhatItCouldNotSendInTheOutboxForTheNextStart() throws Exception {
        TelegramAdapter first = instance("first");
        for (int i = 0; i < QUESTIONS; i++) {
            api.push(Updates.message(501, MEMBER, "/verify 200-00" + i));
        }
        api.await("sendMessage", c -> true);
        long stopping = System.nanoTime();
        first.close();
        instances.remove(first);

        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(7));
        assertThat(outbox.pending(Platform.TELEGRAM)).isPositive();
        int sent = api.calls("sendMessage").size();

        instance("restarted");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (outbox.pending(Platform.TELEGRAM) > 0 && System.nanoTime() < deadline) {
            FakeBotApi.pause();
        }

        assertThat(outbox.pending(Platform.TELEGRAM)).isZero();
        assertThat(api.calls("sendMessage")).hasSize(QUESTIONS).hasSizeGreaterThan(sent);
    }

    private TelegramAdapter instance(String name) throws Exception {
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, api.url());
        var client = TelegramAdapter.client(settings);
        AtomicReference<TelegramAdapter> self = new AtomicReference<>();
        TelegramAdapter adapter = new TelegramAdapter(
                settings,
                client,
                TelegramAdapter.identify(client),
                fixture.bot,
                decisions -> self.get().recordedOutbound().send(decisions),
                events,
                new InMemorySendRateLimiter(SendLimits.telegram()),
                new TelegramAdapter.Sending(Duration.ofMinutes(5), SendMetrics.NONE)
                        .withOutbox(outbox, name, Duration.ofMillis(500)),
                clock,
                MessageCatalog.bundled());
        self.set(adapter);
        instances.add(adapter);
        adapter.start();
        return adapter;
    }
}
