package dev.watchkeeper.core.conversation;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Small talk addressed to the bot gets a short reply in the member's language and is never a miss. */
class SmallTalkConversationTest {
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ChatRef PRIVATE = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "42", "alice", "Alice", false);
    private static final AnswerThresholds THRESHOLDS = new AnswerThresholds(0.6, 0.3, 0.9);
    private static final MessageCatalog CATALOG = MessageCatalog.bundled();

    private static final KnowledgeEntry DEPOSIT = new KnowledgeEntry(
            "deposit-missing",
            "My deposit has not arrived",
            "en",
            List.of("where is my deposit", "deposit not arrived"),
            List.of("deposit"),
            List.of("wrong-network"),
            List.of(),
            "Check the confirmations on the explorer.");
    private static final KnowledgeEntry WRONG_NETWORK = entry(
            "wrong-network", "I sent on the wrong network", "Contact support with the tx hash.", "sent wrong network");
    /** Answers "ok" confidently, as the bundled proof-of-address article did. */
    private static final KnowledgeEntry PROOF_OF_ADDRESS =
            entry("proof-of-address", "Proof of address", "A utility bill is ok.", "is my bank statement ok");

    private final InMemoryConversationStore store = new InMemoryConversationStore(Duration.ofHours(1), CLOCK);
    private final ConversationEngine engine = engine(false);
    private int ids;

    private ConversationEngine engine(boolean answerUnaddressed) {
        Translations<BotTexts> texts = BotTexts.translations(CATALOG);
        return new ConversationEngine(
                new EngineSettings(
                        THRESHOLDS, answerUnaddressed, null, Map.of(Platform.TELEGRAM, "keeperbot"), "en", 400),
                store,
                new FaqResponder(
                        new InMemoryKnowledgeBase(DEPOSIT, WRONG_NETWORK, PROOF_OF_ADDRESS),
                        new AnswerPolicy(THRESHOLDS),
                        texts),
                new InMemoryAnswerFeedback(),
                texts,
                MemberLanguage.byScript(),
                SmallTalk.bundled(),
                CLOCK);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            hi                      | en | smallTalkGreeting
            good morning!           | en | smallTalkGreeting
            gm                      | en | smallTalkGreeting
            thanks!                 | en | smallTalkThanks
            Thank you so much 🙏     | en | smallTalkThanks
            bye                     | en | smallTalkGoodbye
            привет                  | ru | smallTalkGreeting
            спасибо большое         | ru | smallTalkThanks
            спс                     | ru | smallTalkThanks
            пока                    | ru | smallTalkGoodbye
            你好                     | zh | smallTalkGreeting
            谢谢                     | zh | smallTalkThanks
            再见                     | zh | smallTalkGoodbye
            hola                    | es | smallTalkGreeting
            gracias!!               | es | smallTalkThanks
            hasta luego             | es | smallTalkGoodbye
            bom dia                 | pt | smallTalkGreeting
            obrigado                | pt | smallTalkThanks
            valeu                   | pt | smallTalkThanks
            tchau                   | pt | smallTalkGoodbye
            merhaba                 | tr | smallTalkGreeting
            teşekkürler             | tr | smallTalkThanks
            sağol                   | tr | smallTalkThanks
            görüşürüz               | tr | smallTalkGoodbye
            """)
    void answersSmallTalkBrieflyInTheLanguageItIsSaidIn(String message, String language, String key) {
        List<Decision> decisions = send(message(PRIVATE, message));

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Reply.class, reply -> assertThat(reply.text())
                .isEqualTo(CATALOG.text("conversation", language, key)));
        assertThat(state().consecutiveMisses()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "OK!", "👍", "ок", "好的", "vale", "beleza", "tamam", "got it"})
    void anAcknowledgementNeedsNoReplyAndIsNoMiss(String message) {
        assertThat(send(message(PRIVATE, message))).isEmpty();
        assertThat(state().consecutiveMisses()).isZero();
    }

    @Test
    void smallTalkBetweenQuestionsNeverCountsAsAMiss() {
        for (String message : List.of("hi", "ok", "thanks!", "ok", "gm")) {
            send(message(PRIVATE, message));
        }

        assertThat(state().consecutiveMisses()).isZero();
        assertThat(send(message(PRIVATE, "asdf qwerty zxcv")))
                .singleElement()
                .isInstanceOfSatisfying(Fallback.class, f -> assertThat(f.text())
                        .isEqualTo(BotTexts.english().nothingFound()));
    }

    @Test
    void smallTalkKeepsTheChoicesOnOffer() {
        send(message(PRIVATE, "where is my deposit"));

        send(message(PRIVATE, "thanks"));

        assertThat(send(message(PRIVATE, "1"))).singleElement().isInstanceOfSatisfying(Answer.class, a -> assertThat(
                        a.entryId())
                .isEqualTo("wrong-network"));
    }

    @Test
    void aGreetingWithAQuestionIsAQuestion() {
        assertThat(send(message(PRIVATE, "hi, where is my deposit")))
                .singleElement()
                .isInstanceOfSatisfying(
                        Answer.class, a -> assertThat(a.entryId()).isEqualTo("deposit-missing"));
    }

    @Test
    void thanksButItStillDoesNotWorkIsNotSmallTalk() {
        List<Decision> decisions = send(message(PRIVATE, "thanks but it still doesn't work"));

        assertThat(decisions).singleElement().isInstanceOf(Fallback.class);
        assertThat(state().consecutiveMisses()).isOne();
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks!", "gm everyone", "hello everyone?", "ok", "bye guys", "всем привет"})
    void inAGroupSmallTalkNotAddressedToTheBotGetsSilence(String message) {
        ConversationEngine answersQuestions = engine(true);

        assertThat(answersQuestions.handle(message(GROUP, message))).isEmpty();
    }

    @Test
    void inAGroupSmallTalkAddressedToTheBotGetsItsReply() {
        String thanks = BotTexts.english().smallTalkThanks();

        assertThat(send(message(GROUP, "@keeperbot thanks!").withMention()))
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).isEqualTo(thanks));
        assertThat(send(replyToBot(GROUP, "thank you")))
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).isEqualTo(thanks));
        assertThat(send(message(GROUP, "@keeperbot ok").withMention())).isEmpty();
    }

    /** As the bot does: the language is decided first, then the engine answers in it. */
    private List<Decision> send(InboundMessage message) {
        return engine.handle(message.inLanguage(engine.languageOf(message)));
    }

    private ConversationState state() {
        return store.find(new ConversationKey(PRIVATE, MEMBER.id())).orElseThrow();
    }

    private InboundMessage message(ChatRef chat, String text) {
        return InboundMessage.text(Integer.toString(++ids), chat, MEMBER, text, NOW);
    }

    private InboundMessage replyToBot(ChatRef chat, String text) {
        return message(chat, text).replyingToBot(new MessageRef(chat, "bot-1"));
    }
}
