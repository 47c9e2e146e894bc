package dev.watchkeeper.discord;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static dev.watchkeeper.discord.FakeDiscord.BOT;
import static dev.watchkeeper.discord.FakeDiscord.GENERAL;
import static dev.watchkeeper.discord.FakeDiscord.GUILD;
import static dev.watchkeeper.discord.FakeDiscord.MOD_LOG;
import static dev.watchkeeper.discord.FakeDiscord.STAFF_CHANNEL;
import static dev.watchkeeper.discord.FakeDiscord.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.bot.InMemoryEventDeduplicator;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.bot.SendMetrics;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.discord.inbound.Place;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Real JDA against a fake Discord on 127.0.0.1, driving the real bot end to end. */
class DiscordAdapterIT {
    private static final int EPHEMERAL = 64;
    private static final Map<String, Object> AGENT = user("503", "alex", false);
    private static final Map<String, Object> MODERATOR = user("502", "mia", false);

    private static FakeDiscord discord;
    private static DiscordAdapter adapter;
    private static DiscordSettings settings;
    private static final List<String> rateLimited = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void connect() throws Exception {
        discord = new FakeDiscord();
        InMemoryKnowledgeBase kb = new InMemoryKnowledgeBase(
                entry(
                        "deposit-missing",
                        "My deposit has not arrived",
                        "Check the **explorer**.",
                        "where is my deposit"),
                entry("2fa-reset", "Reset 2FA", "Use the reset form.", "lost phone 2fa"));
        BotFixture fixture = new BotFixture(
                kb,
                Place.group(STAFF_CHANNEL),
                Place.group(MOD_LOG),
                new UserRef(Platform.DISCORD, "503", "alex", "Alex", false),
                new UserRef(Platform.DISCORD, "502", "mia", "Mia", false),
                Clock.systemUTC());
        settings = discord.settings();
        AtomicReference<Outbound> router = new AtomicReference<>();
        adapter = new DiscordAdapter(
                settings,
                fixture.bot,
                decisions -> router.get().send(decisions),
                new InMemoryEventDeduplicator(Duration.ofHours(1), 10_000, Clock.systemUTC()),
                MessageCatalog.bundled(),
                new SendMetrics() {
                    @Override
                    public void rateLimited(Platform platform, Duration retryAfter) {
                        rateLimited.add(platform + " " + retryAfter);
                    }
                });
        router.set(adapter.outbound());
        adapter.start();
        assertThat(adapter.awaitConnected(Duration.ofSeconds(20)))
                .as("connected")
                .isTrue();
    }

    @AfterAll
    static void disconnect() throws Exception {
        if (adapter != null) {
            adapter.close();
        }
        discord.close();
    }

    @Test
    void identifiesWithExactlyTheIntentsTheAdapterDeclares() {
        assertThat(discord.identifiedIntents()).isEqualTo(DiscordAdapter.gatewayIntents(settings));
        assertThat(discord.identifiedIntents())
                .isEqualTo(DiscordAdapter.GUILDS_INTENT
                        | GatewayIntent.getRaw(
                                GatewayIntent.GUILD_MESSAGES,
                                GatewayIntent.DIRECT_MESSAGES,
                                GatewayIntent.MESSAGE_CONTENT,
                                GatewayIntent.GUILD_MEMBERS));
    }

    @Test
    void registersTheCommandsInTheConfiguredServer() throws Exception {
        FakeDiscord.Call call =
                discord.await("PUT", "/applications/" + BOT + "/guilds/" + GUILD + "/commands", c -> true);

        List<String> names = new ArrayList<>();
        call.body().forEach(command -> names.add(command.path("name").asString()));
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "ask",
                        "faq",
                        "report",
                        "ticket",
                        "help",
                        "allow",
                        "deny",
                        "unlist",
                        "cases",
                        "console",
                        "Report message");
        for (JsonNode command : call.body()) {
            boolean moderators = List.of("allow", "deny", "unlist", "cases")
                    .contains(command.path("name").asString());
            assertThat(command.path("default_member_permissions").asString(null))
                    .as(command.path("name").asString())
                    .isEqualTo(moderators ? Long.toString(Permission.MESSAGE_MANAGE.getRawValue()) : null);
        }
    }

    @Test
    void aModeratorsConsoleCommandInTheModeratorsChannelIsAnsweredOnlyToThem() throws Exception {
        Map<String, Object> console = discord.slashCommand(MOD_LOG, MODERATOR, "console", Map.of());
        discord.dispatch("INTERACTION_CREATE", console);

        FakeDiscord.Call deferred = discord.await(
                "POST", "/interactions/" + console.get("id") + "/" + console.get("token") + "/callback", c -> true);
        assertThat(deferred.body().path("data").path("flags").asInt() & EPHEMERAL)
                .isEqualTo(EPHEMERAL);
        FakeDiscord.Call answer = discord.await(
                "PATCH", "/webhooks/" + BOT + "/" + console.get("token") + "/messages/@original", c -> true);
        assertThat(answer.content())
                .isEqualTo("The staff console is not enabled: an admin turns it on by setting watchkeeper.web.port.");
    }

    @Test
    void aModeratorsDenyCommandEditsTheDenyListAndIsAnsweredOnlyToThem() throws Exception {
        Map<String, Object> deny =
                discord.slashCommand(GENERAL, MODERATOR, "deny", Map.of("domain", "wallet-verify-help.com"));
        discord.dispatch("INTERACTION_CREATE", deny);

        FakeDiscord.Call deferred = discord.await(
                "POST", "/interactions/" + deny.get("id") + "/" + deny.get("token") + "/callback", c -> true);
        assertThat(deferred.body().path("data").path("flags").asInt() & EPHEMERAL)
                .isEqualTo(EPHEMERAL);
        FakeDiscord.Call answer =
                discord.await("PATCH", "/webhooks/" + BOT + "/" + deny.get("token") + "/messages/@original", c -> true);
        assertThat(answer.content()).isEqualTo("wallet-verify-help.com is on the community's deny list.");
    }

    @Test
    void aMembersDenyCommandIsRefusedByTheCore() throws Exception {
        Map<String, Object> deny =
                discord.slashCommand(GENERAL, user("514", "robin", false), "deny", Map.of("domain", "discord.com"));
        discord.dispatch("INTERACTION_CREATE", deny);

        FakeDiscord.Call answer =
                discord.await("PATCH", "/webhooks/" + BOT + "/" + deny.get("token") + "/messages/@original", c -> true);
        assertThat(answer.content()).isEqualTo("Only moderators can do that.");
    }

    @Test
    void flagsAMemberWhoJoinsUnderAnImpersonatingName() throws Exception {
        discord.dispatch("GUILD_MEMBER_ADD", FakeDiscord.joinedMember(GUILD, user("530", "jordan", false)));
        discord.dispatch("GUILD_MEMBER_ADD", FakeDiscord.joinedMember(GUILD, user("531", "Official Support", false)));

        FakeDiscord.Call card = discord.await(
                "POST", "/channels/" + MOD_LOG + "/messages", c -> c.content().contains("Official Support"));
        assertThat(card.content()).contains("IMPERSONATION", "flagged on joining");
        assertThat(discord.calls()).noneMatch(c -> c.content().contains("jordan"));
    }

    @Test
    void answersAMentionWithFeedbackButtonsAndPingsNobody() throws Exception {
        Map<String, Object> message = discord.guildMessage(
                GENERAL, user("510", "sam", false), List.of(), "<@" + BOT + "> where is my deposit @everyone");
        message.put("mentions", List.of(user(BOT, "watchkeeper", true)));
        discord.dispatch("MESSAGE_CREATE", message);

        FakeDiscord.Call answer = discord.await(
                "POST", "/channels/" + GENERAL + "/messages", c -> c.content().contains("My deposit has not arrived"));
        assertThat(answer.content()).contains("**My deposit has not arrived**").contains("Check the **explorer**.");
        assertThat(answer.body().path("message_reference").path("message_id").asString())
                .isEqualTo(message.get("id"));
        assertThat(answer.body().path("allowed_mentions").path("parse")).isEmpty();
        assertThat(customIds(answer)).isNotEmpty().allMatch(id -> id.length() <= 100);
    }

    @Test
    void aTypedCommandNamingTheBotIsRunAndOneNamingAnotherBotIsNot() throws Exception {
        String path = "/channels/" + GENERAL + "/messages";
        Map<String, Object> foreign =
                discord.guildMessage(GENERAL, user("512", "ola", false), List.of(), "/help@otherbot");
        Map<String, Object> own =
                discord.guildMessage(GENERAL, user("512", "ola", false), List.of(), "/Help@WatchKeeper");

        discord.dispatch("MESSAGE_CREATE", foreign);
        discord.dispatch("MESSAGE_CREATE", own);

        assertThat(discord.await("POST", path, replyTo(path, own)).content()).contains("/faq");
        assertThat(discord.calls()).noneMatch(replyTo(path, foreign));
    }

    @Test
    void aTooManyRequestsAnswerIsReportedWithItsWaitAndTheReplyStillGoesOut() throws Exception {
        String path = "/channels/" + GENERAL + "/messages";
        discord.tooManyRequestsOnce("POST", path);
        Map<String, Object> message =
                discord.guildMessage(GENERAL, user("519", "lee", false), List.of(), "<@" + BOT + "> lost phone 2fa");
        message.put("mentions", List.of(user(BOT, "watchkeeper", true)));

        java.util.function.Predicate<FakeDiscord.Call> answersIt = replyTo(path, message);

        discord.dispatch("MESSAGE_CREATE", message);

        discord.await(
                "POST",
                path,
                c -> answersIt.test(c)
                        && discord.calls().stream().filter(answersIt).count() == 2);
        assertThat(rateLimited).containsExactly("DISCORD PT1S");
    }

    @Test
    void aMessageDeliveredTwiceIsHandledOnce() throws Exception {
        Map<String, Object> message =
                discord.guildMessage(GENERAL, user("511", "kim", false), List.of(), "<@" + BOT + "> lost phone 2fa");
        message.put("mentions", List.of(user(BOT, "watchkeeper", true)));
        String path = "/channels/" + GENERAL + "/messages";
        java.util.function.Predicate<FakeDiscord.Call> answersIt = replyTo(path, message);

        discord.dispatch("MESSAGE_CREATE", message);
        discord.dispatch("MESSAGE_CREATE", message);

        discord.await("POST", path, answersIt);
        Thread.sleep(500);
        assertThat(discord.calls().stream().filter(answersIt)).hasSize(1);
    }

    /** A call posting to {@code path} in reply to {@code message}. */
    private static java.util.function.Predicate<FakeDiscord.Call> replyTo(String path, Map<String, Object> message) {
        return c -> c.path().equals(path)
                && c.body()
                        .path("message_reference")
                        .path("message_id")
                        .asString()
                        .equals(message.get("id"));
    }

    @Test
    void answersTheAskCommandThroughTheInteraction() throws Exception {
        Map<String, Object> ask = discord.slashCommand(
                GENERAL, user("511", "kim", false), "ask", Map.of("question", "where is my deposit"));
        discord.dispatch("INTERACTION_CREATE", ask);

        FakeDiscord.Call deferred = discord.await(
                "POST", "/interactions/" + ask.get("id") + "/" + ask.get("token") + "/callback", c -> true);
        assertThat(deferred.body().path("type").asInt()).isEqualTo(5);
        FakeDiscord.Call answer =
                discord.await("PATCH", "/webhooks/" + BOT + "/" + ask.get("token") + "/messages/@original", c -> true);
        assertThat(answer.content()).contains("My deposit has not arrived");
    }

    @Test
    void deletesAScamFlagsItAndBansTheAuthorWhenAModeratorConfirms() throws Exception {
        Map<String, Object> scam = discord.guildMessage(
                GENERAL,
                user("501", "support-desk", false),
                List.of(),
                "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal");
        discord.dispatch("MESSAGE_CREATE", scam);

        discord.await("DELETE", "/channels/" + GENERAL + "/messages/" + scam.get("id"), c -> true);
        FakeDiscord.Call card = discord.await(
                "POST", "/channels/" + MOD_LOG + "/messages", c -> c.content().contains("MC-"));
        String ban = customId(card, "mod:ban:");

        Map<String, Object> byMember = discord.button(MOD_LOG, 0, user("512", "lee", false), List.of(), ban);
        discord.dispatch("INTERACTION_CREATE", byMember);
        assertRefusedPrivately(byMember, "Only moderators can do that.");
        assertThat(discord.calls()).noneMatch(c -> c.path().startsWith("/guilds/" + GUILD + "/bans/"));
        assertThat(discord.calls())
                .noneMatch(c -> c.path().equals("/channels/" + MOD_LOG + "/messages")
                        && c.content().contains("Only moderators"));

        discord.dispatch("INTERACTION_CREATE", discord.button(MOD_LOG, 0, MODERATOR, List.of(), ban));
        discord.await("PUT", "/guilds/" + GUILD + "/bans/501", c -> true);
    }

    @Test
    void aMemberWhoseDmsAreClosedIsNamedWithAUserMentionWhenTheirSecretIsRemoved() throws Exception {
        discord.closeDirectMessagesOf("526");
        Map<String, Object> leak = discord.guildMessage(
                GENERAL,
                user("526", "dee", false),
                List.of(),
                "is this right? abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"
                        + " abandon about");
        discord.dispatch("MESSAGE_CREATE", leak);

        discord.await("DELETE", "/channels/" + GENERAL + "/messages/" + leak.get("id"), c -> true);
        FakeDiscord.Call notice = discord.await(
                "POST", "/channels/" + GENERAL + "/messages", c -> c.content().contains("I removed your message"));
        assertThat(notice.content()).startsWith("<@526>, ").doesNotContain("abandon", "{{");
        assertThat(notice.body().path("allowed_mentions").path("parse").size()).isZero();
        assertThat(notice.body().path("allowed_mentions").path("users").toString())
                .isEqualTo("[\"526\"]");
    }

    @Test
    void checksEditedMessagesAgain() throws Exception {
        Map<String, Object> message =
                discord.guildMessage(GENERAL, user("513", "pat", false), List.of(), "good morning everyone");
        discord.dispatch("MESSAGE_CREATE", message);
        message.put(
                "content",
                "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal");
        message.put("edited_timestamp", java.time.OffsetDateTime.now().toString());
        discord.dispatch("MESSAGE_UPDATE", message);

        discord.await("DELETE", "/channels/" + GENERAL + "/messages/" + message.get("id"), c -> true);
    }

    @Test
    void runsATicketInAPrivateStaffThreadFromOpeningToRating() throws Exception {
        Map<String, Object> member = user("520", "ana", false);
        discord.dispatch("INTERACTION_CREATE", discord.slashCommand(GENERAL, member, "ticket", Map.of()));

        FakeDiscord.Call opened = discord.await("POST", "/channels/" + STAFF_CHANNEL + "/threads", c -> true);
        assertThat(opened.body().path("type").asInt()).isEqualTo(12);
        String thread = discord.await(
                        "thread card",
                        c -> c.method().equals("POST")
                                && c.path().matches("/channels/\\d+/messages")
                                && !c.path().contains("/" + GENERAL + "/")
                                && customIds(c).stream().anyMatch(id -> id.startsWith("tk:claim:")))
                .path()
                .split("/")[2];
        FakeDiscord.Call card = discord.calls().stream()
                .filter(c -> c.path().equals("/channels/" + thread + "/messages"))
                .findFirst()
                .orElseThrow();
        String claim = customId(card, "tk:claim:");
        String close = customId(card, "tk:close:");
        String ticket = close.substring("tk:close:".length());
        assertThat(opened.body().path("name").asString()).isEqualTo(ticket + " · other · normal · ana");

        discord.dispatch("INTERACTION_CREATE", discord.button(thread, 12, AGENT, List.of(), claim));
        discord.dispatch(
                "MESSAGE_CREATE", discord.guildMessage(thread, AGENT, List.of(), "Hi, I am Alex from support."));
        String dm = FakeDiscord.dmChannelOf("520");
        discord.await(
                "POST", "/channels/" + dm + "/messages", c -> c.content().contains("Hi, I am Alex from support."));

        discord.dispatch("MESSAGE_CREATE", discord.message(dm, member, "My deposit is stuck, tx 0xabc"));
        discord.await(
                "POST", "/channels/" + thread + "/messages", c -> c.content().contains("My deposit is stuck"));

        Map<String, Object> pressClose = discord.button(thread, 12, AGENT, List.of(), close);
        discord.dispatch("INTERACTION_CREATE", pressClose);
        FakeDiscord.Call modal = discord.await(
                "POST",
                "/interactions/" + pressClose.get("id") + "/" + pressClose.get("token") + "/callback",
                c -> true);
        assertThat(modal.body().path("type").asInt()).isEqualTo(9);
        String modalId = modal.body().path("data").path("custom_id").asString();

        discord.dispatch(
                "INTERACTION_CREATE",
                discord.modal(thread, 12, AGENT, List.of(), modalId, "note", "sent the explorer link"));
        FakeDiscord.Call archived = discord.await(
                "PATCH", "/channels/" + thread, c -> c.body().path("archived").asBoolean(false));
        assertThat(archived.body().path("locked").asBoolean(false)).isTrue();
        FakeDiscord.Call rating = discord.await("POST", "/channels/" + dm + "/messages", c -> customIds(c).stream()
                .anyMatch(id -> id.startsWith("tk:rate:" + ticket)));
        String five = customIds(rating).stream()
                .filter(id -> id.endsWith(":5"))
                .findFirst()
                .orElseThrow();

        int before = discord.calls().size();
        discord.dispatch("INTERACTION_CREATE", discord.dmButton(dm, member, five));
        discord.await(
                "a thank-you",
                c -> discord.calls().indexOf(c) >= before && c.path().equals("/channels/" + dm + "/messages"));
        assertThat(discord.calls())
                .as("the member's DM channel is opened once, then reused")
                .filteredOn(c -> c.path().equals("/users/@me/channels")
                        && c.body().path("recipient_id").asString().equals("520"))
                .hasSize(1);
    }

    @Test
    void aTicketButtonPressedBySomeoneWhoIsNotAnAgentIsRefusedToThemAloneAndCloseOpensNoModal() throws Exception {
        discord.dispatch(
                "INTERACTION_CREATE", discord.slashCommand(GENERAL, user("521", "bo", false), "ticket", Map.of()));
        FakeDiscord.Call card = discord.await(
                "the card of bo's ticket",
                c -> c.method().equals("POST") && c.content().contains("Member: bo"));
        String thread = card.path().split("/")[2];
        Map<String, Object> stranger = user("522", "eve", false);
        String claim = customId(card, "tk:claim:");
        String close = customId(card, "tk:close:");
        int before = discord.calls().size();

        Map<String, Object> pressClaim = discord.button(thread, 12, stranger, List.of(), claim);
        discord.dispatch("INTERACTION_CREATE", pressClaim);
        Map<String, Object> pressClose = discord.button(thread, 12, stranger, List.of(), close);
        discord.dispatch("INTERACTION_CREATE", pressClose);

        String howToBecomeAnAgent =
                "Only support agents can do that: ask an admin to add your discord account (id 522) to"
                        + " watchkeeper.tickets.agents.";
        assertRefusedPrivately(pressClaim, howToBecomeAnAgent);
        assertRefusedPrivately(pressClose, howToBecomeAnAgent);
        Thread.sleep(300);
        assertThat(discord.calls().subList(before, discord.calls().size()))
                .as("nothing posted in the channel or the thread")
                .noneMatch(c -> c.method().equals("POST")
                        && List.of(GENERAL, STAFF_CHANNEL, thread)
                                .contains(c.path().split("/")[2]));
    }

    @Test
    void aMemberWhoseDmsAreClosedIsToldWhereTheyAskedAndTheTicketThreadSaysSoAndKeepsTheAgentsMessages()
            throws Exception {
        discord.closeDirectMessagesOf("524");
        discord.delayThreadCreation(500);
        try {
            discord.dispatch(
                    "INTERACTION_CREATE", discord.slashCommand(GENERAL, user("524", "cy", false), "ticket", Map.of()));

            FakeDiscord.Call card = discord.await(
                    "cy's card", c -> c.method().equals("POST") && c.content().contains("Member: cy"));
            String thread = card.path().split("/")[2];
            FakeDiscord.Call notice = discord.await(
                    "the notice that the member cannot be reached",
                    c -> c.method().equals("POST") && c.content().contains("cannot reach the member privately"));
            assertThat(notice.path()).as("in the ticket's thread").isEqualTo("/channels/" + thread + "/messages");
            assertThat(discord.calls().indexOf(notice))
                    .as("after the card")
                    .isGreaterThan(discord.calls().indexOf(card));
            discord.await("POST", "/channels/" + GENERAL + "/messages", c -> c.content()
                    .contains("Allow direct messages"));

            discord.dispatch(
                    "INTERACTION_CREATE", discord.button(thread, 12, AGENT, List.of(), customId(card, "tk:claim:")));
            discord.dispatch("MESSAGE_CREATE", discord.guildMessage(thread, AGENT, List.of(), "Please allow DMs."));
            discord.await("POST", "/channels/" + thread + "/messages", c -> c.content()
                    .startsWith("Not delivered yet"));
        } finally {
            discord.delayThreadCreation(0);
        }
    }

    /** The press was answered with an ephemeral message saying {@code text}, not a modal. */
    private static void assertRefusedPrivately(Map<String, Object> press, String text) throws InterruptedException {
        FakeDiscord.Call answer = discord.await(
                "POST", "/interactions/" + press.get("id") + "/" + press.get("token") + "/callback", c -> true);
        assertThat(answer.body().path("type").asInt())
                .as("a message, not a modal")
                .isEqualTo(4);
        assertThat(answer.body().path("data").path("flags").asInt() & EPHEMERAL).isEqualTo(EPHEMERAL);
        assertThat(answer.body().path("data").path("content").asString()).isEqualTo(text);
    }

    /** The first button's custom id that starts with {@code prefix}. */
    private static String customId(FakeDiscord.Call call, String prefix) {
        return customIds(call).stream()
                .filter(id -> id.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + prefix + " on " + call.content()));
    }

    private static List<String> customIds(FakeDiscord.Call call) {
        List<String> ids = new ArrayList<>();
        for (JsonNode row : call.body().path("components")) {
            for (JsonNode button : row.path("components")) {
                ids.add(button.path("custom_id").asString());
            }
        }
        return ids;
    }
}
