package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.bot.InMemorySendRateLimiter;
import dev.watchkeeper.core.bot.SendLimits;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import dev.watchkeeper.telegram.FakeBotApi;
import dev.watchkeeper.telegram.TelegramAdapter;
import dev.watchkeeper.telegram.TelegramSettings;
import dev.watchkeeper.telegram.Updates;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A load run through the real Telegram adapter: the community mix of {@link CommunityMix} as
 * Bot API updates, long-polled by the real TelegramBots client from a fake Bot API server on
 * 127.0.0.1 and handled by the real bot (in-memory stores, bundled knowledge base). Reports the
 * messages handled per second end to end (from the first update queued to the client's
 * confirmation, in its next {@code getUpdates} offset, that the last one was handled), then lets
 * the send queue work for a while and checks the sends the server recorded against Telegram's
 * limits, {@link LimitCheck}. Bounded in count and time; exits 1 when a limit was broken or the
 * updates were not all handled in time.
 *
 * <p>Arguments: {@code [updates, default 10000] [seconds to watch the sends, default 30]
 * [warm-up updates handled first and not timed, default 5000]}.
 */
public final class TelegramLoadRun {
    private static final Duration HANDLING_LIMIT = Duration.ofMinutes(3);

    private TelegramLoadRun() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Duration watch = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        List<Map<String, Object>> updates = updates(count);
        boolean ok;
        FakeBotApi api = new FakeBotApi();
        LuceneKnowledgeBase knowledgeBase = LuceneKnowledgeBase.fromFolder(
                Path.of("knowledge/src/main/resources/kb"), new KnowledgeOptions(null, false, Duration.ZERO));
        try (BenchmarkBot bot = new BenchmarkBot(knowledgeBase)) {
            TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, api.url());
            var client = TelegramAdapter.client(settings);
            AtomicReference<TelegramAdapter> self = new AtomicReference<>();
            try (TelegramAdapter adapter = new TelegramAdapter(
                    settings,
                    client,
                    TelegramAdapter.identify(client),
                    bot.bot,
                    decisions -> self.get().outbound().send(decisions),
                    new InMemoryEventDeduplicator(Duration.ofHours(1), 100_000, Clock.systemUTC()),
                    new InMemorySendRateLimiter(SendLimits.telegram()),
                    Clock.systemUTC())) {
                self.set(adapter);
                adapter.start();
                api.await("deleteWebhook", c -> true);
                if (warmUp > 0) {
                    handle(api, updates(warmUp), "warm-up: ");
                }
                ok = handle(api, updates, "");
                sleep(watch);
            }
        } finally {
            knowledgeBase.close();
            api.close();
        }
        LimitCheck.Result limits = LimitCheck.of(api.calls());
        System.out.println(limits);
        System.exit(ok && limits.held() ? 0 : 1);
    }

    private static boolean handle(FakeBotApi api, List<Map<String, Object>> updates, String label) {
        long start = System.nanoTime();
        int last = 0;
        for (Map<String, Object> update : updates) {
            last = api.push(update);
        }
        long deadline = start + HANDLING_LIMIT.toNanos();
        while (api.confirmedOffset() <= last && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(5));
        }
        long end = System.nanoTime();
        boolean handled = api.confirmedOffset() > last;
        double seconds = (end - start) / 1e9;
        System.out.printf(
                "%s%s %d updates in %.2f s: %.0f messages/s end to end%n",
                label,
                handled ? "handled" : "NOT all handled (time limit)",
                updates.size(),
                seconds,
                updates.size() / seconds);
        return handled;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Map<String, Object>> updates(int count) {
        List<InboundMessage> mix = CommunityMix.messages(new Random(42));
        List<Map<String, Object>> updates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            InboundMessage message = mix.get(i % mix.size());
            long member = Long.parseLong(message.author().id());
            updates.add(Updates.message(
                    Long.parseLong(message.chat().id()),
                    FakeBotApi.user(member, "Member " + member, "member" + member, false),
                    message.text()));
        }
        return updates;
    }
}
