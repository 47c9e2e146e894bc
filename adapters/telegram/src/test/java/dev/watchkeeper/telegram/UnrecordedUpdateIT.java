package dev.watchkeeper.telegram;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static dev.watchkeeper.telegram.FakeBotApi.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.EventDeduplicator.Claim;
import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A process killed after claiming an update and before recording what it led to: Telegram delivers
 * the update again (it was not confirmed), and the next process handles it once the dead one's
 * claim has lapsed, rather than taking the claim for a finished update and losing it.
 */
class UnrecordedUpdateIT {
    private static final Map<String, Object> MEMBER = user(501, "Sam", "sam", false);

    private final FakeBotApi api = FakeBotApi.redelivering();
    private final Clock clock = Clock.systemUTC();
    /** The claims' clock: moved past a lease by hand rather than waited out. */
    private final MutableClock claims = new MutableClock(Instant.now());

    private final EventDeduplicator events = new InMemoryEventDeduplicator(Duration.ofHours(1), 10_000, claims);
    private final BotFixture fixture = new BotFixture(
            new InMemoryKnowledgeBase(entry("2fa-reset", "Reset 2FA", "Use the reset form.", "lost phone 2fa")),
            new ChatRef(Platform.TELEGRAM, "-1002", ChatType.GROUP),
            new ChatRef(Platform.TELEGRAM, "-1003", ChatType.GROUP),
            new UserRef(Platform.TELEGRAM, "700", "alex", "Alex", false),
            new UserRef(Platform.TELEGRAM, "901", null, "Other moderator", false),
            clock,
            Set.of("administrator"));
    private TelegramAdapter adapter;

    @AfterEach
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
        api.close();
    }

    @Test
    void anUpdateADeadHandlerClaimedIsHandledOnceItsClaimLapses() throws Exception {
        String id = eventId(api.push(Updates.message(501, MEMBER, "/verify 300-001")));
        assertThat(events.claim(id, TelegramUpdates.CLAIM_LEASE)).isEqualTo(Claim.TAKEN);

        start();
        Thread.sleep(1_000);
        assertThat(api.calls("sendMessage")).as("held by the claim").isEmpty();
        claims.advance(TelegramUpdates.CLAIM_LEASE);

        api.await("sendMessage", c -> c.text().contains("300-001"));
        assertThat(events.claim(id, TelegramUpdates.CLAIM_LEASE)).isEqualTo(Claim.HANDLED);
    }

    @Test
    void anUpdateAlreadyHandledIsNotHandledAgain() throws Exception {
        String handled = eventId(api.push(Updates.message(501, MEMBER, "/verify 300-002")));
        assertThat(events.claim(handled, TelegramUpdates.CLAIM_LEASE)).isEqualTo(Claim.TAKEN);
        events.handled(handled);
        api.push(Updates.message(501, MEMBER, "/verify 300-003"));

        start();

        api.await("sendMessage", c -> c.text().contains("300-003"));
        assertThat(api.calls("sendMessage")).noneMatch(c -> c.text().contains("300-002"));
    }

    private static String eventId(int updateId) {
        return "telegram:" + FakeBotApi.BOT_ID + ":update:" + updateId;
    }

    private void start() throws Exception {
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, api.url());
        adapter = StartedAdapter.start(settings, fixture, events, clock);
    }
}
