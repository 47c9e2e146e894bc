package dev.watchkeeper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Small talk and addressed questions through the whole bot (moderation, ticket desk, engine) over
 * the bundled knowledge base, with messages as members send them.
 */
class SmallTalkWithBundledKnowledgeBaseTest {
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP);
    private static final ChatRef MODERATORS = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final MessageCatalog CATALOG = MessageCatalog.bundled();

    private static LuceneKnowledgeBase kb;

    private final BotFixture fixture = new BotFixture(
            kb,
            STAFF,
            MODERATORS,
            new UserRef(Platform.TELEGRAM, "7", "agent", "Agent", false),
            new UserRef(Platform.TELEGRAM, "8", "mod", "Mod", false),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private int ids;

    @BeforeAll
    static void open() {
        kb = LuceneKnowledgeBase.fromFolder(
                Path.of("src", "main", "resources", "kb"),
                KnowledgeOptions.defaults().withHotReload(false));
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void twoOksInARowGetNoAnswerAndOpenNoTicket() {
        UserRef member = member("1");

        List<Decision> first = send(inPrivate(member, "ok", "en"));
        List<Decision> second = send(inPrivate(member, "ok", "en"));

        assertThat(first).as("'ok' used to answer proof-of-address").isEmpty();
        assertThat(second).as("a second 'ok' used to open a ticket").isEmpty();
    }

    @Test
    void repeatedSmallTalkNeverOpensATicketButRepeatedMissesStillDo() {
        UserRef member = member("2");
        for (String text : List.of("hi", "thanks!", "ok", "gm", "good morning", "👍", "bye")) {
            assertThat(send(inPrivate(member, text, "en")))
                    .as(text)
                    .noneMatch(d -> d instanceof Fallback || d instanceof OpenTicketSpace || d instanceof Answer);
        }

        send(inPrivate(member, "qwxz vblorp", "en"));
        List<Decision> second = send(inPrivate(member, "zzkq pflurm", "en"));

        assertThat(second).as("two real misses in a row").anyMatch(OpenTicketSpace.class::isInstance);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            hi                  | en | en | smallTalkGreeting
            thanks!             | en | en | smallTalkThanks
            thx                 | en | en | smallTalkThanks
            bye                 | en | en | smallTalkGoodbye
            спасибо большое     | ru | ru | smallTalkThanks
            спс                 | ru | ru | smallTalkThanks
            пока                | ru | ru | smallTalkGoodbye
            谢谢                 | zh | zh | smallTalkThanks
            你好                 | zh | zh | smallTalkGreeting
            gracias!!           | en | es | smallTalkThanks
            hola                | es | es | smallTalkGreeting
            obrigado            | en | pt | smallTalkThanks
            valeu               | pt | pt | smallTalkThanks
            teşekkürler         | en | tr | smallTalkThanks
            sağol               | tr | tr | smallTalkThanks
            """)
    void smallTalkInEachLanguageIsAnsweredInThatLanguage(
            String text, String platformLanguage, String language, String key) {
        List<Decision> decisions = send(inPrivate(member("3"), text, platformLanguage));

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .isEqualTo(CATALOG.text("conversation", language, key)));
    }

    @Test
    void aGreetingWithAQuestionGetsTheArticle() {
        assertThat(send(inPrivate(member("4"), "hi, my deposit has not arrived", "en")))
                .singleElement()
                .isInstanceOfSatisfying(
                        Answer.class, a -> assertThat(a.entryId()).isEqualTo("deposit-not-credited"));
    }

    @ParameterizedTest
    @CsvSource({
        "hello I need help, en",
        "can someone help me?, en",
        "помогите пожалуйста, ru",
        "需要帮助, zh",
        "ayuda por favor, es",
        "preciso de ajuda, pt",
        "yardım lazım, tr"
    })
    void aBareRequestForHelpGetsTheOfferOfHelpNotAnArticle(String text, String language) {
        assertThat(send(inPrivate(member("help-" + language), text, language)))
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                        .isEqualTo(CATALOG.text("conversation", language, "smallTalkGreeting")));
    }

    @Test
    void thanksButItStillDoesNotWorkIsNotTakenForThanks() {
        List<Decision> decisions = send(inPrivate(member("5"), "thanks but it still doesn't work", "en"));

        assertThat(decisions)
                .isNotEmpty()
                .noneMatch(d ->
                        d instanceof Reply r && r.text().equals(CATALOG.text("conversation", "en", "smallTalkThanks")));
    }

    @Test
    void inTheGroupSmallTalkNotAddressedToTheBotGetsSilence() {
        UserRef member = member("6");
        for (String text : List.of("gm", "thanks!", "hi all", "ok", "спасибо", "谢谢", "gracias", "valeu", "sağol")) {
            assertThat(send(inGroup(member, text, false))).as(text).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            my deposit has not arrived                  | en
            мой депозит не пришел                       | ru
            我的充值还没到账                               | zh
            mi depósito no ha llegado                   | es
            meu depósito não caiu                       | pt
            yatırdığım para hesaba geçmedi              | tr
            """)
    void aQuestionAddressedToTheBotInTheGroupGetsThePrivateAnswer(String question, String language) {
        Decision inPrivate = single(send(inPrivate(member("7"), question, language)));

        Decision mentioned = single(send(inGroup(member("8"), "@watchkeeper " + question, true, language)));
        Decision replied = single(send(replyToBot(member("9"), question, language)));

        assertThat(mentioned).isInstanceOf(inPrivate.getClass());
        assertThat(replied).isInstanceOf(inPrivate.getClass());
        if (inPrivate instanceof Answer answer) {
            assertThat(((Answer) mentioned).entryId()).isEqualTo(answer.entryId());
            assertThat(((Answer) mentioned).confidence()).isEqualTo(answer.confidence());
            assertThat(((Answer) replied).confidence()).isEqualTo(answer.confidence());
        } else {
            assertThat(((Suggest) mentioned).suggestions()).isEqualTo(((Suggest) inPrivate).suggestions());
        }
    }

    private List<Decision> send(InboundMessage message) {
        return fixture.bot.handle(message);
    }

    private static Decision single(List<Decision> decisions) {
        assertThat(decisions).hasSize(1);
        return decisions.getFirst();
    }

    private static UserRef member(String id) {
        return new UserRef(Platform.TELEGRAM, id, "member" + id, "Member " + id, false);
    }

    private InboundMessage inPrivate(UserRef member, String text, String platformLanguage) {
        ChatRef chat = new ChatRef(Platform.TELEGRAM, member.id(), ChatType.PRIVATE);
        return message(chat, member, text, false, false, platformLanguage);
    }

    private InboundMessage inGroup(UserRef member, String text, boolean mentions) {
        return inGroup(member, text, mentions, "en");
    }

    private InboundMessage inGroup(UserRef member, String text, boolean mentions, String platformLanguage) {
        return message(GROUP, member, text, false, mentions, platformLanguage);
    }

    private InboundMessage replyToBot(UserRef member, String text, String platformLanguage) {
        return message(GROUP, member, text, true, false, platformLanguage);
    }

    private InboundMessage message(
            ChatRef chat,
            UserRef member,
            String text,
            boolean replyToBot,
            boolean mentions,
            @Nullable String platformLanguage) {
        return InboundMessage.builder(new MessageRef(chat, Integer.toString(++ids)), member, NOW)
                .text(text)
                .replyTo(replyToBot ? new MessageRef(chat, "bot-1") : null)
                .replyToBot(replyToBot)
                .mentionsBot(mentions)
                .languageHint(platformLanguage)
                .build();
    }
}
