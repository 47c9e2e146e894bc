package dev.watchkeeper.core.conversation;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.language.FakeLanguageDetector;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A question addressed to the bot in a group gets the answer the same words get in private. The
 * bot's handle is the one the platform told (no username configured), as in a deployment.
 */
class AddressedQuestionTest {
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ChatRef PRIVATE = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "42", "alice", "Alice", false);
    private static final AnswerThresholds THRESHOLDS = new AnswerThresholds(0.6, 0.3, 0.9);

    private final ConversationEngine engine = engine();
    private int ids;

    private static ConversationEngine engine() {
        Translations<BotTexts> texts = BotTexts.translations(MessageCatalog.bundled());
        return new ConversationEngine(
                new EngineSettings(THRESHOLDS, false, null, Map.of(Platform.TELEGRAM, "exchange_help_bot"), "en", 400),
                new InMemoryConversationStore(Duration.ofHours(1), CLOCK),
                new FaqResponder(
                        new InMemoryKnowledgeBase(
                                entry(
                                        "deposit-missing",
                                        "Deposit missing",
                                        "Check the explorer.",
                                        "my deposit has not arrived"),
                                entry("withdrawal-pending", "Withdrawal pending", "Wait.", "withdrawal pending")),
                        new AnswerPolicy(THRESHOLDS),
                        texts),
                new InMemoryAnswerFeedback(),
                texts,
                new MemberLanguage(new FakeLanguageDetector(Map.of("mi retiro sigue pendiente", "es")), "en"),
                SmallTalk.bundled(),
                CLOCK);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "@exchange_help_bot my deposit has not arrived",
                "@Exchange_Help_Bot, my deposit has not arrived",
                "my deposit has not arrived @exchange_help_bot",
                "my deposit has not arrived, @exchange_help_bot!"
            })
    void aMentionedQuestionInAGroupGetsThePrivateAnswerWithTheSameConfidence(String mentioned) {
        Answer inPrivate = answer(send(message(PRIVATE, "my deposit has not arrived")));

        Answer inGroup = answer(send(message(GROUP, mentioned).withMention()));

        assertThat(inGroup.entryId()).isEqualTo(inPrivate.entryId()).isEqualTo("deposit-missing");
        assertThat(inGroup.confidence()).isEqualTo(inPrivate.confidence()).isEqualTo(1.0);
    }

    @Test
    void aReplyToTheBotInAGroupGetsThePrivateAnswer() {
        Answer inPrivate = answer(send(message(PRIVATE, "my deposit has not arrived")));

        Answer inGroup = answer(send(replyToBot(GROUP, "my deposit has not arrived")));

        assertThat(inGroup.entryId()).isEqualTo(inPrivate.entryId());
        assertThat(inGroup.confidence()).isEqualTo(inPrivate.confidence());
    }

    @Test
    void theMentionDoesNotSwayTheLanguage() {
        InboundMessage spanish =
                message(GROUP, "@exchange_help_bot mi retiro sigue pendiente").withMention();

        assertThat(engine.languageOf(spanish)).isEqualTo("es");
    }

    @Test
    void aCommandNamingThePlatformsHandleIsForTheBot() {
        assertThat(send(message(GROUP, "/help@exchange_help_bot")))
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                        .isEqualTo(BotTexts.english().help()));
        assertThat(send(message(GROUP, "/help@someotherbot"))).isEmpty();
    }

    private List<Decision> send(InboundMessage message) {
        return engine.handle(message.inLanguage(engine.languageOf(message)));
    }

    private static Answer answer(List<Decision> decisions) {
        assertThat(decisions).singleElement().isInstanceOf(Answer.class);
        return (Answer) decisions.getFirst();
    }

    private InboundMessage message(ChatRef chat, String text) {
        // as the adapter maps it, with the bot's handle on the platform
        return InboundMessage.builder(new MessageRef(chat, Integer.toString(++ids)), MEMBER, NOW)
                .text(text)
                .command(BotCommand.parse(text, Set.of("exchange_help_bot")).orElse(null))
                .build();
    }

    private InboundMessage replyToBot(ChatRef chat, String text) {
        return message(chat, text).replyingToBot(new MessageRef(chat, "bot-1"));
    }
}
