package dev.watchkeeper.telegram;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static dev.watchkeeper.telegram.FakeBotApi.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Malformed updates cost themselves only: the real adapter long-polls them from the fake Bot API. */
class PoisonUpdatesIT {
    private static final long GROUP = -1001;
    private static final String SCAM =
            "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal";
    private static final Map<String, Object> MEMBER = user(501, "Sam", "sam", false);
    private static final Map<String, Object> SCAMMER = user(666, "Support Desk", "support_desk_help", false);

    private final FakeBotApi api = new FakeBotApi();
    private final ObjectMapper json = new ObjectMapper();
    private TelegramAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.systemUTC();
        BotFixture fixture = new BotFixture(
                new InMemoryKnowledgeBase(entry("2fa-reset", "Reset 2FA", "Use the reset form.", "lost phone 2fa")),
                new ChatRef(Platform.TELEGRAM, "-1002", ChatType.GROUP),
                new ChatRef(Platform.TELEGRAM, "-1003", ChatType.GROUP),
                new UserRef(Platform.TELEGRAM, "700", "alex", "Alex", false),
                new UserRef(Platform.TELEGRAM, "901", null, "Other moderator", false),
                clock,
                Set.of("administrator"));
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, api.url());
        adapter = StartedAdapter.start(settings, fixture, clock);
    }

    @AfterEach
    void stop() {
        adapter.close();
        api.close();
    }

    @Test
    void screensAMessageWhoseEntitiesFallOutsideItsTextAndKeepsItsHiddenLink() {
        Map<String, Object> body = new HashMap<>(Updates.messageBody(GROUP, SCAMMER, SCAM, Map.of()));
        body.put(
                "entities",
                List.of(
                        Map.of("type", "bold", "offset", 500, "length", 20),
                        Map.of("type", "italic", "offset", 90, "length", 400),
                        Map.of("type", "text_link", "offset", 0, "length", 5, "url", "https://example.org/x")));
        api.push(Map.of("message", body));
        api.push(Updates.message(501, MEMBER, "lost phone 2fa"));

        api.await("deleteMessage", c -> c.chatId().equals("-1001"));
        api.await("sendMessage", c -> c.chatId().equals("501") && c.text().contains("Reset 2FA"));
    }

    @Test
    void screensAMessageFromAChatWithoutAType() {
        Map<String, Object> body = new HashMap<>(Updates.messageBody(GROUP, SCAMMER, SCAM, Map.of()));
        body.put("chat", Map.of("id", GROUP, "title", "Chat"));
        api.push(Map.of("message", body));

        api.await("deleteMessage", c -> c.chatId().equals("-1001"));
    }

    @Test
    void anUpdateOfAnUnknownKindCostsNothingAndTheNextIsAnswered() throws Exception {
        int unknown = api.push(Map.of("future_kind", Map.of("anything", List.of(1, 2, 3))));
        api.push(Updates.message(501, MEMBER, "lost phone 2fa"));

        api.await("sendMessage", c -> c.chatId().equals("501") && c.text().contains("Reset 2FA"));
        awaitConfirmedBeyond(unknown);
    }

    @Test
    void aMessageTheClientCannotBindIsStillScreenedFromItsPlainParts() throws Exception {
        Map<String, Object> body = new HashMap<>(Updates.messageBody(GROUP, SCAMMER, "", Map.of()));
        body.remove("text");
        body.put("caption", SCAM);
        body.put("photo", "not a list of sizes");
        api.push(Map.of("message", body));

        api.await("deleteMessage", c -> c.chatId().equals("-1001"));
    }

    @Test
    void anUpdateWithoutAnyReadableMessageIsSkippedAndTheBatchGoesOn() throws Exception {
        api.pushRaw("{\"update_id\":700,\"message\":{\"message_id\":\"x\",\"chat\":7,\"text\":[]}}");
        api.pushRaw(json.writeValueAsString(withId(701, Updates.message(501, MEMBER, "lost phone 2fa"))));

        api.await("sendMessage", c -> c.chatId().equals("501") && c.text().contains("Reset 2FA"));
        awaitConfirmedBeyond(701);
    }

    @Test
    void aBatchThatIsNotJsonIsSteppedOverAndPollingGoesOn() throws Exception {
        api.breakNextBatch("{\"ok\":true,\"result\":[{\"update_id\":900,\"message\":{\"text\":\"unterminated");
        api.pushRaw(json.writeValueAsString(withId(901, Updates.message(501, MEMBER, "lost phone 2fa"))));

        api.await("sendMessage", c -> c.chatId().equals("501") && c.text().contains("Reset 2FA"));
        awaitConfirmedBeyond(901);
    }

    @Test
    void verifyWithTenThousandWordsInAGroupPostsOneShortMessage() throws Exception {
        api.push(Updates.message(GROUP, MEMBER, "/verify" + " https://evil.example/claim".repeat(10_000)));

        api.await("sendMessage", c -> c.chatId().equals("-1001"));
        Thread.sleep(500);
        assertThat(api.calls("sendMessage"))
                .filteredOn(c -> c.chatId().equals("-1001"))
                .singleElement()
                .satisfies(c -> assertThat(c.text()).hasSizeLessThan(600).doesNotContain("evil.example"));
    }

    private static Map<String, Object> withId(int id, Map<String, Object> content) {
        Map<String, Object> update = new HashMap<>(content);
        update.put("update_id", id);
        return update;
    }

    private void awaitConfirmedBeyond(long updateId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (api.confirmedOffset() <= updateId && System.nanoTime() < deadline) {
            FakeBotApi.pause();
        }
        assertThat(api.confirmedOffset()).isGreaterThan(updateId);
    }
}
