package dev.watchkeeper.discord;

import static dev.watchkeeper.discord.FakeDiscord.GENERAL;
import static dev.watchkeeper.discord.FakeDiscord.MOD_LOG;
import static dev.watchkeeper.discord.FakeDiscord.STAFF_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.discord.inbound.Place;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A graceful stop of the real JDA against the fake Discord, with requests still in JDA's queue. */
class DiscordShutdownIT {
    private final FakeDiscord discord;
    private final DiscordAdapter adapter;

    DiscordShutdownIT() throws Exception {
        discord = new FakeDiscord();
        BotFixture fixture = new BotFixture(
                new InMemoryKnowledgeBase(),
                Place.group(STAFF_CHANNEL),
                Place.group(MOD_LOG),
                new UserRef(Platform.DISCORD, "503", "alex", "Alex", false),
                new UserRef(Platform.DISCORD, "502", "mia", "Mia", false),
                Clock.systemUTC());
        adapter = new DiscordAdapter(
                discord.settings(),
                fixture.bot,
                decisions -> {},
                new InMemoryEventDeduplicator(Duration.ofHours(1), 10_000, Clock.systemUTC()));
    }

    @AfterEach
    void stopFakeDiscord() {
        adapter.close();
        discord.close();
    }

    @Test
    void closeReturnsOnlyOnceTheRepliesJdaHadQueuedAreDelivered() throws Exception {
        adapter.start();
        assertThat(adapter.awaitConnected(Duration.ofSeconds(20)))
                .as("connected")
                .isTrue();
        String messages = "/channels/" + GENERAL + "/messages";
        // Discord asks the bot to wait a second: the replies are still queued when the stop comes.
        discord.tooManyRequestsOnce("POST", messages);
        ReplyTarget general = ReplyTarget.chat(Place.group(GENERAL));

        adapter.outbound()
                .send(List.of(
                        Reply.of(general, "first reply"),
                        Reply.of(general, "second reply"),
                        Reply.of(general, "third reply")));
        adapter.close();

        assertThat(discord.calls())
                .filteredOn(call -> call.method().equals("POST") && call.path().equals(messages))
                .extracting(FakeDiscord.Call::content)
                .containsSubsequence("first reply", "second reply", "third reply");
    }
}
