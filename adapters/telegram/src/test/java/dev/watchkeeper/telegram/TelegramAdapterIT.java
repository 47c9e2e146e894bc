package dev.watchkeeper.telegram;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static dev.watchkeeper.telegram.FakeBotApi.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.bot.InMemorySendRateLimiter;
import dev.watchkeeper.core.bot.SendLimits;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.telegram.FakeBotApi.Call;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real TelegramBots client and long polling against a fake Bot API, through the real bot. */
class TelegramAdapterIT {
    private static final long GROUP = -1001;
    private static final long STAFF = -1002;
    private static final long MODERATORS = -1003;
    private static final long ELSEWHERE = -1009;
    private static final String FAKE_SUPPORT =
            "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal";
    private static final String SEED =
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
    private static final Map<String, Object> MEMBER = user(501, "Sam", "sam", false);
    private static final Map<String, Object> SCAMMER = user(666, "Support Desk", "support_desk_help", false);
    private static final Map<String, Object> ADMIN = user(900, "Mia", "mia", false);
    private static final Map<String, Object> AGENT = user(700, "Alex", "alex", false);

    private final FakeBotApi api = new FakeBotApi();
    private TelegramAdapter adapter;
    private BotFixture fixture;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.systemUTC();
        InMemoryKnowledgeBase kb = new InMemoryKnowledgeBase(
                entry(
                        "deposit-missing",
                        "My deposit has not arrived",
                        "Check the **explorer**.",
                        "where is my deposit"),
                entry("2fa-reset", "Reset 2FA", "Use the reset form.", "lost phone 2fa"));
        fixture = new BotFixture(
                kb,
                new ChatRef(Platform.TELEGRAM, Long.toString(STAFF), ChatType.GROUP),
                new ChatRef(Platform.TELEGRAM, Long.toString(MODERATORS), ChatType.GROUP),
                new UserRef(Platform.TELEGRAM, "700", "alex", "Alex", false),
                new UserRef(Platform.TELEGRAM, "901", null, "Other moderator", false),
                clock,
                Set.of("administrator"));
        api.admins(MODERATORS, 900L);
        api.admins(ELSEWHERE, 950L);
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, api.url())
                .withAdminRoleChats(Set.of(GROUP, STAFF, MODERATORS))
                .withStaffChats(Set.of(STAFF, MODERATORS));
        adapter = StartedAdapter.start(settings, fixture, clock);
    }

    @AfterEach
    void stop() {
        adapter.close();
        api.close();
    }

    @Test
    void publishesCommandsAndPollsWithoutAWebhook() {
        assertThat(adapter.identity().username()).isEqualTo("watchkeeper");
        Call commands = api.await("setMyCommands", c -> true);
        assertThat(commands.params().get("commands").toString()).contains("human", "report");
        api.await("deleteWebhook", c -> true);
    }

    @Test
    void theStaffAndModeratorsChatsListStaffsConsoleCommandBesidesTheMembersCommands() {
        for (long chat : List.of(STAFF, MODERATORS)) {
            Call staff = api.await(
                    "setMyCommands",
                    c -> String.valueOf(c.params().get("scope")).contains(String.valueOf(chat))
                            && !c.params().containsKey("language_code"));
            assertThat(staff.params().get("commands").toString()).contains("human", "console");
        }
        Call members = api.await(
                "setMyCommands",
                c -> !c.params().containsKey("scope") && !c.params().containsKey("language_code"));
        assertThat(members.params().get("commands").toString())
                .contains("human")
                .doesNotContain("console");
    }

    @Test
    void answersAQuestionInTheGroupWhenMentionedAndInPrivate() {
        api.push(Updates.message(GROUP, MEMBER, "where is my deposit"));
        api.push(Updates.message(GROUP, MEMBER, "@watchkeeper where is my deposit"));
        api.push(Updates.message(501, MEMBER, "lost phone 2fa"));

        Call group = api.await("sendMessage", c -> c.chatId().equals("-1001"));
        assertThat(group.text()).contains("<b>My deposit has not arrived</b>", "<b>explorer</b>");
        assertThat(group.params()).containsEntry("parse_mode", "HTML").containsKey("reply_parameters");
        Call direct = api.await("sendMessage", c -> c.chatId().equals("501"));
        assertThat(direct.text()).contains("Reset 2FA");
        assertThat(direct.buttons()).isNotEmpty();
        assertThat(api.calls("sendMessage").stream().filter(c -> c.chatId().equals("-1001")))
                .hasSize(1);
    }

    @Test
    void commandsAddressedToThisBotAreAnsweredAndThoseForAnotherBotIgnored() {
        api.push(Updates.message(GROUP, MEMBER, "/help@otherbot"));
        api.push(Updates.message(GROUP, MEMBER, "/help@watchkeeper"));

        api.await("sendMessage", c -> c.chatId().equals("-1001"));
        FakeBotApi.pause();
        assertThat(api.calls("sendMessage")).hasSize(1);
    }

    @Test
    void deletesAScamFlagsItForModeratorsAndBansTheAuthorWhenAnAdminConfirms() {
        api.push(Updates.message(
                GROUP,
                SCAMMER,
                "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal"));

        Call deleted = api.await("deleteMessage", c -> c.chatId().equals("-1001"));
        Call card = api.await("sendMessage", c -> c.chatId().equals("-1003"));
        assertThat(card.text()).contains("MC-1");
        String ban = card.action("ban");
        assertThat(deleted.params()).containsKey("message_id");

        api.push(Updates.press(MODERATORS, 5000, MEMBER, ban));
        Call refused = api.await("answerCallbackQuery", c -> true);
        assertThat(refused.params())
                .containsEntry("text", "Only moderators can do that.")
                .containsEntry("show_alert", true);
        FakeBotApi.pause();
        assertThat(api.calls("banChatMember")).isEmpty();
        assertThat(api.calls("sendMessage")).noneMatch(c -> c.text().contains("Only moderators"));

        api.push(Updates.press(MODERATORS, 5000, ADMIN, ban));
        Call banned = api.await("banChatMember", c -> true);
        assertThat(banned.params()).containsEntry("chat_id", "-1001").containsEntry("user_id", 666);
        // the button is answered too (the ban and the answer are separate calls, in either order)
        api.await("answerCallbackQuery", c -> !c.params().equals(refused.params()));
    }

    @Test
    void aMemberWithoutAHandleWhoCannotBeMessagedIsNamedInTheGroupWithATextMention() {
        Map<String, Object> noHandle = Map.of("id", 502L, "is_bot", false, "first_name", "Anna <VIP>");
        api.failNext("sendMessage", 403, "Forbidden: bot can't initiate conversation with a user", 0);

        api.push(Updates.message(GROUP, noHandle, "is this right? " + SEED));

        api.await("deleteMessage", c -> c.chatId().equals("-1001"));
        Call notice = api.await("sendMessage", c -> c.chatId().equals("-1001"));
        assertThat(notice.text())
                .startsWith("<a href=\"tg://user?id=502\">Anna &lt;VIP&gt;</a>, I removed your message")
                .doesNotContain("abandon", "{{");
        assertThat(notice.params()).containsEntry("parse_mode", "HTML");
    }

    @Test
    void screensACommandForAnotherBotWithoutRunningIt() {
        api.push(Updates.message(GROUP, SCAMMER, "/start@claimdrop_bot " + FAKE_SUPPORT));

        Call deleted = api.await("deleteMessage", c -> c.chatId().equals("-1001"));
        api.await("sendMessage", c -> c.chatId().equals("-1003") && c.text().contains("MC-1"));
        assertThat(deleted.params()).containsKey("message_id");
        FakeBotApi.pause();
        assertThat(api.calls("sendMessage")).noneMatch(c -> c.chatId().equals("-1001"));
    }

    @Test
    void screensAPostAsAChannelAndBansTheChannelNotAUser() {
        Map<String, Object> channel =
                Map.of("id", -1007L, "type", "channel", "title", "Airdrop News", "username", "airdrop_news");
        api.push(Updates.message(
                GROUP, user(136817688, "Channel", "Channel_Bot", true), FAKE_SUPPORT, Map.of("sender_chat", channel)));

        api.await("deleteMessage", c -> c.chatId().equals("-1001"));
        Call card = api.await("sendMessage", c -> c.chatId().equals("-1003"));
        assertThat(card.text()).contains("Airdrop News");

        api.push(Updates.press(MODERATORS, 5000, ADMIN, card.action("ban")));
        Call banned = api.await("banChatSenderChat", c -> true);
        assertThat(banned.params()).containsEntry("chat_id", "-1001").containsEntry("sender_chat_id", -1007);
        assertThat(api.calls("banChatMember")).isEmpty();
    }

    @Test
    void anonymousAdminsOfTheCommunityModerateButAdminsOfAnotherGroupDoNot() {
        Map<String, Object> anonymous = user(1087968824, "Group", "GroupAnonymousBot", true);
        api.push(Updates.message(
                GROUP, anonymous, "/allow good-exchange.com", Map.of("sender_chat", FakeBotApi.chat(GROUP))));
        api.push(Updates.message(ELSEWHERE, user(950, "Eve", "eve", false), "/cases"));

        Call allowed = api.await("sendMessage", c -> c.chatId().equals("-1001"));
        Call refused = api.await("sendMessage", c -> c.chatId().equals("-1009"));
        assertThat(allowed.text()).contains("good-exchange.com is on the community's allow list");
        assertThat(refused.text()).contains("Only moderators");
        assertThat(fixture.domains.allowed()).containsExactly("good-exchange.com");
    }

    @Test
    void reChecksEditedMessages() {
        int id = 4242;
        api.push(Updates.message(GROUP, SCAMMER, "hello everyone", Map.of("message_id", id)));
        api.push(Updates.edited(
                GROUP,
                SCAMMER,
                "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal",
                id));

        Call deleted = api.await("deleteMessage", c -> true);
        assertThat(deleted.params()).containsEntry("message_id", id);
    }

    @Test
    void escalatesToAForumTopicAndRelaysBetweenMemberAndAgent() {
        api.push(Updates.message(501, MEMBER, "/human"));
        Call topic = api.await("createForumTopic", c -> c.chatId().equals("-1002"));
        assertThat(String.valueOf(topic.params().get("name"))).isEqualTo("WK-1000 · other · normal · Sam");
        Call card = api.await(
                "sendMessage", c -> c.chatId().equals("-1002") && c.params().containsKey("reply_markup"));
        assertThat(card.params()).containsEntry("message_thread_id", 77);

        api.push(Updates.press(STAFF, 5001, AGENT, card.action("Claim")));
        api.push(Updates.inTopic(STAFF, 77, AGENT, "Hi, I'm Alex from support."));
        api.await("sendMessage", c -> c.chatId().equals("501") && c.text().contains("Hi, I'm Alex from support."));

        api.push(Updates.message(501, MEMBER, "My deposit is stuck"));
        Call relayed = api.await(
                "sendMessage", c -> c.chatId().equals("-1002") && c.text().contains("My deposit is stuck"));
        assertThat(relayed.params()).containsEntry("message_thread_id", 77);

        api.push(Updates.inTopic(STAFF, 77, AGENT, "/close sent instructions"));
        api.await("closeForumTopic", c -> c.params().get("message_thread_id").equals(77));
        Call rating = api.await(
                "sendMessage",
                c -> c.chatId().equals("501")
                        && !c.buttons().isEmpty()
                        && c.buttons().toString().contains("tk:rate"));

        int before = api.calls("sendMessage").size();
        api.push(Updates.press(501, 5009, MEMBER, rating.action("5")));
        api.await("sendMessage", c -> api.calls("sendMessage").size() > before);
        assertThat(api.calls("sendMessage").getLast().chatId()).isEqualTo("501");
    }

    @Test
    void aStaffMemberWhoIsNotAnAgentPressingClaimIsToldWhyInAnAlertOnlyTheySee() {
        api.push(Updates.message(501, MEMBER, "/human"));
        Call card = api.await(
                "sendMessage", c -> c.chatId().equals("-1002") && c.params().containsKey("reply_markup"));

        api.push(Updates.press(STAFF, 5001, user(710, "Kai", "kai", false), card.action("Claim")));

        Call answered = api.await("answerCallbackQuery", c -> c.params().containsKey("text"));
        assertThat(answered.params())
                .containsEntry(
                        "text",
                        "Only support agents can do that: ask an admin to add your telegram account (id 710) to"
                                + " watchkeeper.tickets.agents.")
                .containsEntry("show_alert", true);
        FakeBotApi.pause();
        assertThat(api.calls("sendMessage")).noneMatch(c -> c.text().contains("support agents"));
    }

    @Test
    void closeOnTheCardAsksForTheNoteInTheTopicAndATicketNobodyAnsweredAsksNoRating() {
        api.push(Updates.message(501, MEMBER, "/human"));
        Call card = api.await(
                "sendMessage", c -> c.chatId().equals("-1002") && c.params().containsKey("reply_markup"));

        api.push(Updates.press(STAFF, 5001, AGENT, card.action("Close")));
        Call question = api.await("sendMessage", c -> c.text().startsWith("Close WK-1000?"));
        assertThat(question.params()).containsEntry("chat_id", "-1002").containsEntry("message_thread_id", 77);
        assertThat(api.calls("closeForumTopic")).isEmpty();

        api.push(Updates.press(STAFF, 5002, AGENT, question.action("Close without a note")));
        api.await("closeForumTopic", c -> c.params().get("message_thread_id").equals(77));
        api.await("sendMessage", c -> c.chatId().equals("501") && c.text().contains("has been resolved"));
        FakeBotApi.pause();
        assertThat(api.calls("sendMessage"))
                .noneMatch(c -> c.buttons().toString().contains("tk:rate"));
    }

    @Test
    void honoursRetryAfterAndHandlesAnUpdateDeliveredTwiceOnce() {
        api.failNext("sendMessage", 429, "Too Many Requests: retry after 1", 1);
        Map<String, Object> question = Updates.message(501, MEMBER, "lost phone 2fa");
        api.pushWithId(900, question);
        api.pushWithId(900, question);

        api.await("sendMessage", c -> true);
        long firstTry = System.nanoTime();
        api.await("sendMessage", c -> api.calls("sendMessage").size() == 2);
        assertThat(System.nanoTime() - firstTry).isGreaterThanOrEqualTo(900_000_000L);
        assertThat(api.calls("sendMessage"))
                .allSatisfy(c -> assertThat(c.text()).contains("Reset 2FA"));
        FakeBotApi.pause();
        assertThat(api.calls("sendMessage")).hasSize(2);
    }

    @Test
    void inWebhookModeRegistersTheWebhookAndAcceptsOnlyPostsWithTheSecret() throws Exception {
        TelegramSettings settings = new TelegramSettings(
                FakeBotApi.TOKEN,
                api.url(),
                TelegramSettings.Mode.WEBHOOK,
                URI.create("https://bot.example.org/telegram/webhook"),
                "s3cret",
                Duration.ofMinutes(5),
                1,
                Set.of(),
                Set.of());
        var client = TelegramAdapter.client(settings);
        AtomicReference<TelegramAdapter> self = new AtomicReference<>();
        try (TelegramAdapter hooked = new TelegramAdapter(
                settings,
                client,
                TelegramAdapter.identify(client),
                fixture.bot,
                decisions -> self.get().outbound().send(decisions),
                new InMemoryEventDeduplicator(Duration.ofHours(1), 10_000, Clock.systemUTC()),
                new InMemorySendRateLimiter(SendLimits.telegram()),
                Clock.systemUTC())) {
            self.set(hooked);
            hooked.start();
            Call registered = api.await("setWebhook", c -> true);
            assertThat(registered.params())
                    .containsEntry("url", "https://bot.example.org/telegram/webhook")
                    .containsEntry("secret_token", "s3cret");
            byte[] update = new ObjectMapper()
                    .writeValueAsBytes(Map.of(
                            "update_id",
                            77_001,
                            "message",
                            Updates.messageBody(502, user(502, "Kim", "kim", false), "lost phone 2fa", Map.of())));

            assertThat(hooked.webhook().receive(null, update)).isEqualTo(TelegramWebhook.Outcome.FORBIDDEN);
            assertThat(hooked.webhook().receive("s3cre", update)).isEqualTo(TelegramWebhook.Outcome.FORBIDDEN);
            assertThat(hooked.webhook().receive("s3cret", "nope".getBytes(StandardCharsets.UTF_8)))
                    .isEqualTo(TelegramWebhook.Outcome.MALFORMED);
            assertThat(hooked.webhook().receive("s3cret", update)).isEqualTo(TelegramWebhook.Outcome.ACCEPTED);
            api.await("sendMessage", c -> c.chatId().equals("502") && c.text().contains("Reset 2FA"));
        }
    }

    @Test
    void anUpdateDeliveredToTwoInstancesSharingADeduplicatorIsHandledOnce() throws Exception {
        TelegramSettings settings = new TelegramSettings(
                FakeBotApi.TOKEN,
                api.url(),
                TelegramSettings.Mode.WEBHOOK,
                URI.create("https://bot.example.org/telegram/webhook"),
                "s3cret",
                Duration.ofMinutes(5),
                1,
                Set.of(),
                Set.of());
        EventDeduplicator shared = new InMemoryEventDeduplicator(Duration.ofHours(1), 10_000, Clock.systemUTC());
        try (TelegramAdapter first = webhookInstance(settings, shared);
                TelegramAdapter second = webhookInstance(settings, shared)) {
            byte[] update = new ObjectMapper()
                    .writeValueAsBytes(Map.of(
                            "update_id",
                            88_001,
                            "message",
                            Updates.messageBody(503, user(503, "Lee", "lee", false), "lost phone 2fa", Map.of())));

            assertThat(first.webhook().receive("s3cret", update)).isEqualTo(TelegramWebhook.Outcome.ACCEPTED);
            assertThat(second.webhook().receive("s3cret", update)).isEqualTo(TelegramWebhook.Outcome.ACCEPTED);

            api.await("sendMessage", c -> c.chatId().equals("503"));
            FakeBotApi.pause();
            assertThat(api.calls("sendMessage").stream().filter(c -> c.chatId().equals("503")))
                    .hasSize(1);
        }
    }

    private TelegramAdapter webhookInstance(TelegramSettings settings, EventDeduplicator events) throws Exception {
        var client = TelegramAdapter.client(settings);
        AtomicReference<TelegramAdapter> self = new AtomicReference<>();
        TelegramAdapter instance = new TelegramAdapter(
                settings,
                client,
                TelegramAdapter.identify(client),
                fixture.bot,
                decisions -> self.get().outbound().send(decisions),
                events,
                new InMemorySendRateLimiter(SendLimits.telegram()),
                Clock.systemUTC());
        self.set(instance);
        return instance;
    }
}
