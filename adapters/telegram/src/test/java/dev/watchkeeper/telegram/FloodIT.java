package dev.watchkeeper.telegram;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static dev.watchkeeper.telegram.FakeBotApi.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.bot.InMemorySendRateLimiter;
import dev.watchkeeper.core.bot.SendLimits;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.bot.SendPriority;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A flood of junk the bot answers (commands and questions in groups and in private) with scams
 * mixed in, through the real adapter and the fake Bot API: the deletes do not queue behind replies.
 */
class FloodIT {
    private static final int JUNK = 5_000;
    private static final int SCAMS = 10;
    private static final long[] GROUPS = {-1001, -1004, -1005};
    private static final String SCAM =
            "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal";
    private static final Duration MAX_REPLY_AGE = Duration.ofSeconds(5);

    private final FakeBotApi api = new FakeBotApi();
    private final AtomicInteger dropped = new AtomicInteger();
    private TelegramAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.systemUTC();
        BotFixture fixture = new BotFixture(
                new InMemoryKnowledgeBase(
                        entry("2fa-reset", "Reset 2FA", "Use the reset form.", "lost phone 2fa"),
                        entry("deposit-missing", "My deposit has not arrived", "Check the explorer.", "deposit")),
                new ChatRef(Platform.TELEGRAM, "-1002", ChatType.GROUP),
                new ChatRef(Platform.TELEGRAM, "-1003", ChatType.GROUP),
                new UserRef(Platform.TELEGRAM, "700", "alex", "Alex", false),
                new UserRef(Platform.TELEGRAM, "901", null, "Other moderator", false),
                clock,
                Set.of("administrator"));
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, api.url());
        var client = TelegramAdapter.client(settings);
        AtomicReference<TelegramAdapter> self = new AtomicReference<>();
        SendMetrics metrics = new SendMetrics() {
            @Override
            public void dropped(Platform platform, SendPriority priority) {
                dropped.incrementAndGet();
            }
        };
        adapter = new TelegramAdapter(
                settings,
                client,
                TelegramAdapter.identify(client),
                fixture.bot,
                decisions -> self.get().outbound().send(decisions),
                new InMemoryEventDeduplicator(Duration.ofHours(1), 100_000, clock),
                new InMemorySendRateLimiter(SendLimits.telegram()),
                new TelegramAdapter.Sending(MAX_REPLY_AGE, metrics),
                clock,
                MessageCatalog.bundled());
        self.set(adapter);
        adapter.start();
        api.await("deleteWebhook", c -> true);
    }

    @AfterEach
    void stop() {
        adapter.close();
        api.close();
    }

    @Test
    void everyScamInAFloodIsDeletedWithinFiveSecondsOfArrivalAndStaleRepliesAreDropped() {
        Map<Integer, Integer> scamUpdates = new LinkedHashMap<>();
        long firstQueued = System.nanoTime();
        for (int i = 0; i < JUNK; i++) {
            long group = GROUPS[i % GROUPS.length];
            Map<String, Object> member = user(10_000 + i % 400, "Member " + i, "member" + i, false);
            api.push(
                    switch (i % 4) {
                        case 0 -> Updates.message(group, member, "/help");
                        case 1 -> Updates.message(group, member, "@watchkeeper my deposit is missing");
                        case 2 -> Updates.message(20_000 + i % 300, member, "lost phone 2fa");
                        default -> Updates.message(group, member, "gm gm everyone " + i);
                    });
            if (i % (JUNK / SCAMS) == JUNK / SCAMS / 2) {
                int messageId = 900_000 + scamUpdates.size();
                Map<String, Object> scammer = user(66_600 + scamUpdates.size(), "Support Desk", "help_desk", false);
                scamUpdates.put(
                        api.push(Updates.message(group, scammer, SCAM, Map.of("message_id", messageId))), messageId);
            }
        }

        List<Duration> delays = new ArrayList<>();
        scamUpdates.forEach((updateId, messageId) -> {
            // However slowly a busy machine works through the flood, the bar counts from arrival.
            long reached = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (api.handedOutAt(updateId).isEmpty() && System.nanoTime() < reached) {
                FakeBotApi.pause();
            }
            FakeBotApi.Call deleted =
                    api.await("deleteMessage", c -> messageId.equals(c.params().get("message_id")));
            long arrived = api.handedOutAt(updateId).orElseThrow();
            delays.add(Duration.ofNanos(deleted.at() - arrived));
        });
        long lastScam = api.handedOutAt(
                        scamUpdates.keySet().stream().max(Integer::compare).orElseThrow())
                .orElseThrow();
        // The figure docs/benchmarks.md quotes.
        System.out.printf(
                "flood: %d junk updates and %d scams; slowest delete %d ms after its scam reached the bot"
                        + " (median %d ms); the last scam reached the bot %d ms after the first update was queued%n",
                JUNK,
                SCAMS,
                delays.stream().mapToLong(Duration::toMillis).max().orElseThrow(),
                delays.stream()
                        .mapToLong(Duration::toMillis)
                        .sorted()
                        .skip(SCAMS / 2)
                        .findFirst()
                        .orElseThrow(),
                Duration.ofNanos(lastScam - firstQueued).toMillis());
        assertThat(delays).allSatisfy(delay -> assertThat(delay).isLessThan(Duration.ofSeconds(5)));
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (!adapter.idle() && System.nanoTime() < deadline) {
            FakeBotApi.pause();
        }
        assertThat(adapter.idle()).isTrue();
        assertThat(dropped.get()).isPositive();
    }
}
