package dev.watchkeeper.telegram;

import static dev.watchkeeper.telegram.FakeBotApi.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.bot.InMemorySendRateLimiter;
import dev.watchkeeper.core.bot.SendLimits;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.incident.IncidentSettings;
import dev.watchkeeper.core.incident.signal.SignalSettings;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.outbox.DecisionOutbox;
import dev.watchkeeper.core.outbox.InMemoryDecisionOutbox;
import dev.watchkeeper.telegram.FakeBotApi.Call;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Incident mode end to end through the real TelegramBots client, long polling and the durable
 * outbox against the fake Bot API: members asking the same question raise an alert in the staff
 * chat, a staff member opens an incident from its button, the announcement is posted, pinned and
 * edited in place in the community group, and every member linked to it hears of its resolution
 * once.
 */
class TelegramIncidentIT {
    private static final long GROUP = -1001;
    private static final long STAFF = -1002;
    private static final long MODERATORS = -1003;
    private static final long ASKING_PRIVATELY = 504;
    private static final Map<String, Object> AGENT = user(700, "Alex", "alex", false);
    private static final String QUESTION = "why is my withdrawal pending";
    private static final String UPDATE = "/incident update identified Withdrawals are delayed by a node upgrade";
    private static final String RESOLVE = "/incident resolve All withdrawals are processed";

    private final FakeBotApi api = new FakeBotApi();
    private final Clock clock = Clock.systemUTC();
    private final DecisionOutbox outbox = new InMemoryDecisionOutbox(clock);
    private TelegramAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        ChatRef community = new ChatRef(Platform.TELEGRAM, Long.toString(GROUP), ChatType.GROUP);
        IncidentSettings incidents = new IncidentSettings(
                true,
                "INC",
                new SignalSettings(Duration.ofMinutes(10), Duration.ofMinutes(60), 2.0, 3, 1.0, Duration.ofHours(1), 3),
                0.5,
                List.of(community),
                true,
                true);
        BotFixture fixture = new BotFixture(
                BotFixture.oneEntryKnowledgeBase(),
                new ChatRef(Platform.TELEGRAM, Long.toString(STAFF), ChatType.GROUP),
                new ChatRef(Platform.TELEGRAM, Long.toString(MODERATORS), ChatType.GROUP),
                new UserRef(Platform.TELEGRAM, "700", "alex", "Alex", false),
                new UserRef(Platform.TELEGRAM, "901", null, "Other moderator", false),
                clock,
                Set.of("administrator"),
                MemberLanguage.byScript(),
                "en",
                incidents);
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, api.url());
        var client = TelegramAdapter.client(settings);
        AtomicReference<TelegramAdapter> self = new AtomicReference<>();
        adapter = new TelegramAdapter(
                settings,
                client,
                TelegramAdapter.identify(client),
                fixture.bot,
                decisions -> self.get().recordedOutbound().send(decisions),
                new InMemoryEventDeduplicator(Duration.ofHours(1), 10_000, clock),
                new InMemorySendRateLimiter(SendLimits.telegram()),
                new TelegramAdapter.Sending(Duration.ofMinutes(5), SendMetrics.NONE)
                        .withOutbox(outbox, "only", Duration.ofMinutes(1)),
                clock,
                MessageCatalog.bundled());
        self.set(adapter);
        adapter.start();
    }

    @AfterEach
    void stop() {
        adapter.close();
        api.close();
    }

    @Test
    void aSpikeBecomesAnIncidentWhoseAnnouncementIsEditedInPlaceAndWhoseMembersHearOfItsResolutionOnce() {
        for (long member = 501; member <= 503; member++) {
            api.push(Updates.message(GROUP, user(member, "Member" + member, "member" + member, false), QUESTION));
        }

        Call alert = api.await(
                "sendMessage",
                c -> c.chatId().equals(Long.toString(STAFF)) && !c.buttons().isEmpty());
        assertThat(alert.text()).contains("Spike", "3 members");
        api.push(Updates.press(STAFF, 5000, AGENT, alert.action("Open incident")));

        Call announcement = api.await("sendMessage", c -> c.chatId().equals(Long.toString(GROUP)));
        assertThat(announcement.text()).contains("📢", "investigating");
        Call pin = api.await("pinChatMessage", c -> c.chatId().equals(Long.toString(GROUP)));
        int announced = ((Number) pin.params().get("message_id")).intValue();
        assertThat(pin.params()).containsEntry("disable_notification", true);
        assertThat(api.pinned(GROUP)).containsExactly(announced);
        api.await(
                "sendMessage",
                c -> c.chatId().equals(Long.toString(STAFF)) && c.text().contains("INC-1 opened"));

        api.push(Updates.message(STAFF, AGENT, UPDATE));
        api.await("editMessageText", c -> c.text().contains("node upgrade"));
        assertThat(api.textOf(GROUP, announced))
                .hasValueSatisfying(text -> assertThat(text).contains("identified", "Withdrawals are delayed"));
        assertThat(api.pinned(GROUP)).containsExactly(announced);

        api.push(Updates.message(ASKING_PRIVATELY, user(ASKING_PRIVATELY, "Kim", "kim", false), QUESTION));
        Call answer = api.await(
                "sendMessage", c -> isTo(c, ASKING_PRIVATELY) && c.text().contains("Reviews take"));
        List<Call> toMember = sentTo(ASKING_PRIVATELY);
        assertThat(toMember.getFirst().text()).contains("Known issue", "identified", "node upgrade");
        assertThat(toMember.indexOf(answer)).isPositive();

        int resolve = api.push(Updates.message(STAFF, AGENT, RESOLVE));
        api.await("unpinChatMessage", c -> c.chatId().equals(Long.toString(GROUP)));
        assertThat(api.pinned(GROUP)).isEmpty();
        assertThat(api.textOf(GROUP, announced))
                .hasValueSatisfying(text -> assertThat(text).contains("resolved", "All withdrawals are processed"));
        api.await("sendMessage", c -> isTo(c, ASKING_PRIVATELY) && c.text().contains("Resolved"));
        api.await("sendMessage", c -> isTo(c, STAFF) && c.text().contains("1 members told"));

        api.push(Updates.message(STAFF, AGENT, "/incident resolve INC-1 All withdrawals are processed"));
        api.pushWithId(resolve, Updates.message(STAFF, AGENT, RESOLVE));
        api.push(Updates.message(STAFF, AGENT, UPDATE));
        api.await("sendMessage", c -> isTo(c, STAFF) && c.text().contains("No incident is open"));
        FakeBotApi.pause();
        assertThat(sentTo(STAFF))
                .as("the second resolve is refused; the one delivered again is not handled again")
                .filteredOn(
                        c -> c.text().contains("already resolved") || c.text().contains("No incident is open"))
                .hasSize(2);
        assertThat(sentTo(ASKING_PRIVATELY))
                .filteredOn(c -> c.text().contains("Resolved"))
                .hasSize(1);
        assertThat(api.calls("editMessageText")).hasSize(2);
        assertThat(api.calls("sendMessage")).filteredOn(c -> isTo(c, GROUP)).hasSize(1);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (outbox.pending(Platform.TELEGRAM) > 0 && System.nanoTime() < deadline) {
            FakeBotApi.pause();
        }
        assertThat(outbox.pending(Platform.TELEGRAM))
                .as("every batch went through the outbox and was settled")
                .isZero();
    }

    @Test
    void withoutTheRightToPinTheAnnouncementIsPostedAndStillEdited() {
        api.failNext("pinChatMessage", 400, "Bad Request: not enough rights to manage pinned messages in the chat", 0);

        api.push(Updates.message(STAFF, AGENT, "/incident open Login failures in the app"));
        api.await("pinChatMessage", c -> true);
        api.push(Updates.message(STAFF, AGENT, UPDATE));

        Call edited = api.await("editMessageText", c -> c.text().contains("node upgrade"));
        assertThat(api.pinned(GROUP)).isEmpty();
        assertThat(api.calls("pinChatMessage")).hasSize(1);
        assertThat(edited.chatId()).isEqualTo(Long.toString(GROUP));
    }

    @Test
    void anAnnouncementDeletedFromTheGroupIsNotEditedAgainAndAgain() {
        api.push(Updates.message(STAFF, AGENT, "/incident open Login failures in the app"));
        Call pin = api.await("pinChatMessage", c -> true);
        api.deleted(GROUP, ((Number) pin.params().get("message_id")).intValue());

        api.push(Updates.message(STAFF, AGENT, UPDATE));
        api.await("sendMessage", c -> isTo(c, STAFF) && c.text().contains("is now identified"));
        api.await("editMessageText", c -> true);
        long since = System.nanoTime();
        while (System.nanoTime() - since < Duration.ofSeconds(2).toNanos()) {
            FakeBotApi.pause();
        }

        assertThat(api.calls("editMessageText")).hasSize(1);
        assertThat(adapter.idle()).isTrue();
    }

    private List<Call> sentTo(long chat) {
        return api.calls("sendMessage").stream().filter(c -> isTo(c, chat)).toList();
    }

    private static boolean isTo(Call call, long chat) {
        return call.chatId().equals(Long.toString(chat));
    }
}
