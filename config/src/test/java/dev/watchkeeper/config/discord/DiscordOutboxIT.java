package dev.watchkeeper.config.discord;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static dev.watchkeeper.discord.FakeDiscord.BOT;
import static dev.watchkeeper.discord.FakeDiscord.GENERAL;
import static dev.watchkeeper.discord.FakeDiscord.MOD_LOG;
import static dev.watchkeeper.discord.FakeDiscord.STAFF_CHANNEL;
import static dev.watchkeeper.discord.FakeDiscord.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.discord.DiscordAdapter;
import dev.watchkeeper.discord.FakeDiscord;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import dev.watchkeeper.redis.outbox.RedisDecisionOutbox;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Discord outbox on a real Redis, through the real JDA client against the fake Discord: what
 * the bot decided while Discord was unreachable or refusing (500), or what a dead instance had taken, is carried out once by
 * the next instance; a message Discord made but whose answer was lost is not made again (its nonce);
 * a clean stop leaves nothing behind once Discord has accepted it all.
 */
class DiscordOutboxIT {
    private static final Duration CLAIM_AFTER = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ReplyTarget IN_GENERAL =
            ReplyTarget.chat(new ChatRef(Platform.DISCORD, GENERAL, ChatType.GROUP));

    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();
    private final RedisDecisionOutbox outbox = new RedisDecisionOutbox(connections.open(prefix));
    private final FakeDiscord discord;
    private final BotFixture fixture = new BotFixture(
            new InMemoryKnowledgeBase(entry(
                    "deposit-missing", "My deposit has not arrived", "Check the **explorer**.", "where is my deposit")),
            new ChatRef(Platform.DISCORD, STAFF_CHANNEL, ChatType.GROUP),
            new ChatRef(Platform.DISCORD, MOD_LOG, ChatType.GROUP),
            new UserRef(Platform.DISCORD, "503", "alex", "Alex", false),
            new UserRef(Platform.DISCORD, "502", "mia", "Mia", false),
            Clock.systemUTC());
    private final EventDeduplicator events =
            new InMemoryEventDeduplicator(Duration.ofHours(1), 10_000, Clock.systemUTC());
    private final List<DiscordAdapter> instances = new ArrayList<>();
    private final List<RedisDecisionOutbox> outboxes = new ArrayList<>(List.of(outbox));

    DiscordOutboxIT() throws Exception {
        discord = new FakeDiscord();
    }

    @AfterEach
    void stop() {
        instances.forEach(DiscordAdapter::close);
        outboxes.forEach(RedisDecisionOutbox::close);
        connections.close();
        discord.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = FakeDiscord.Outage.class,
            names = {"UNREACHABLE", "REFUSING"})
    void anAnswerDecidedWhileDiscordIsAwayIsPostedOnceByTheRestartedInstance(FakeDiscord.Outage away) throws Exception {
        DiscordAdapter first = instance("first");
        discord.outage(away);
        Map<String, Object> question = discord.guildMessage(
                GENERAL, user("510", "sam", false), List.of(), "<@" + BOT + "> where is my deposit");
        question.put("mentions", List.of(user(BOT, "watchkeeper", true)));

        discord.dispatch("MESSAGE_CREATE", question);
        discord.await(
                "POST", "/channels/" + GENERAL + "/messages", c -> c.content().contains("My deposit has not arrived"));
        assertThat(outbox.pending(Platform.DISCORD))
                .as("recorded, not carried out")
                .isEqualTo(1);
        first.close();
        assertThat(outbox.pending(Platform.DISCORD)).as("left by the stop").isEqualTo(1);
        discord.outage(FakeDiscord.Outage.NONE);

        instance("restarted");

        awaitEmptyOutbox();
        assertThat(created("My deposit has not arrived")).isEqualTo(1);
    }

    @Test
    void aMessageDiscordMadeButWhoseAnswerWasLostIsNotMadeAgainByTheNextInstance() throws Exception {
        DiscordAdapter first = instance("first");
        discord.outage(FakeDiscord.Outage.LOSING_ANSWERS);

        first.recordedOutbound().send(List.of(Reply.of(IN_GENERAL, "made once, never answered")));
        await(() -> created("made once, never answered") == 1);
        first.close();
        assertThat(outbox.pending(Platform.DISCORD)).isEqualTo(1);
        discord.outage(FakeDiscord.Outage.NONE);

        instance("second");

        awaitEmptyOutbox();
        List<String> nonces = discord.calls().stream()
                .filter(c -> c.content().equals("made once, never answered"))
                .map(c -> c.body().path("nonce").asString())
                .toList();
        assertThat(nonces).as("asked again, with the same nonce").hasSizeGreaterThan(1);
        assertThat(nonces).containsOnly(nonces.getFirst());
        assertThat(created("made once, never answered")).isEqualTo(1);
    }

    @Test
    void aSecondInstanceCarriesOutTheBatchADeadInstanceHadTaken() throws Exception {
        // What a kill -9 leaves: a batch recorded and taken by a sender that never finished it.
        RedisDecisionOutbox dead = new RedisDecisionOutbox(connections.open(prefix));
        outboxes.add(dead);
        dead.append(Platform.DISCORD, List.of(Reply.of(IN_GENERAL, "taken by an instance that died")));
        assertThat(dead.take(Platform.DISCORD, "dead", 10, Duration.ofMillis(100)))
                .hasSize(1);

        instance("survivor");

        awaitEmptyOutbox();
        assertThat(created("taken by an instance that died")).isEqualTo(1);
    }

    @Test
    void aCleanStopLeavesNothingPendingOnceDiscordHasAcceptedTheBatchesItHeld() throws Exception {
        DiscordAdapter instance = instance("only");
        // Discord asks the bot to wait a second: the replies are still in JDA's queue at the stop.
        discord.tooManyRequestsOnce("POST", "/channels/" + GENERAL + "/messages");
        List<Decision> replies = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            replies.add(Reply.of(IN_GENERAL, "held reply " + i));
        }

        instance.recordedOutbound().send(replies.subList(0, 2));
        instance.recordedOutbound().send(replies.subList(2, 5));
        discord.await("POST", "/channels/" + GENERAL + "/messages", c -> true);
        instance.close();

        assertThat(outbox.pending(Platform.DISCORD)).isZero();
        for (int i = 1; i <= 5; i++) {
            assertThat(created("held reply " + i)).as("reply %d", i).isEqualTo(1);
        }
    }

    private DiscordAdapter instance(String name) throws InterruptedException {
        RedisStores stores = connections.open(prefix);
        RedisDecisionOutbox own = new RedisDecisionOutbox(stores);
        outboxes.add(own);
        AtomicReference<Outbound> router = new AtomicReference<>();
        DiscordAdapter adapter = new DiscordAdapter(
                discord.settings(),
                fixture.bot,
                decisions -> router.get().send(decisions),
                events,
                MessageCatalog.bundled(),
                SendMetrics.NONE,
                new DiscordAdapter.Recording(own, name, CLAIM_AFTER));
        router.set(adapter.recordedOutbound());
        instances.add(adapter);
        adapter.start();
        assertThat(adapter.awaitConnected(Duration.ofSeconds(20)))
                .as("connected")
                .isTrue();
        return adapter;
    }

    private long created(String content) {
        return discord.created().stream()
                .filter(m -> m.channel().equals(GENERAL) && m.content().contains(content))
                .count();
    }

    private void awaitEmptyOutbox() throws InterruptedException {
        await(() -> outbox.pending(Platform.DISCORD) == 0);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
