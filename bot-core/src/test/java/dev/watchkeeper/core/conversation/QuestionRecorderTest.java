package dev.watchkeeper.core.conversation;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.faq.InMemoryQuestionLog;
import dev.watchkeeper.core.faq.MissedQuestion;
import dev.watchkeeper.core.faq.QuestionDay;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.SecretRedactor;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionRecorderTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final ChatRef PRIVATE = new ChatRef(Platform.DISCORD, "42", ChatType.PRIVATE);
    private static final UserRef MEMBER = new UserRef(Platform.DISCORD, "42", "alice", "Alice", false);
    private static final String SEED =
            "abandon ability able about above absent absorb abstract absurd abuse access accident";

    private final InMemoryQuestionLog log = new InMemoryQuestionLog(10, 30);
    private final ConversationEngine engine = engine();
    private int ids;

    @Test
    void countsAnAnswerAndKeepsAMissedQuestionWithItsSecretsRedacted() {
        engine.handle(message("where is my deposit"));
        engine.handle(message("my wallet words are " + SEED + " why is the swap failing"));
        engine.handle(message("hello"));

        assertThat(log.days(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-21")))
                .containsExactly(new QuestionDay(LocalDate.parse("2026-11-21"), 1, 1, 0, 0));
        assertThat(log.latestMissed(5)).singleElement().satisfies(missed -> {
            assertThat(missed.text())
                    .doesNotContain("abandon")
                    .contains("redacted")
                    .contains("swap failing");
            assertThat(missed.platform()).isEqualTo(Platform.DISCORD);
            assertThat(missed.language()).isEqualTo("en");
            assertThat(missed.at()).isEqualTo(NOW);
        });
    }

    @Test
    void aVoteOnAnAnswerCountsOnItsDayOnceOnly() {
        Answer answer = (Answer) engine.handle(message("where is my deposit")).getFirst();
        String unhelpful = answer.feedback().getLast().action();

        engine.handle(new ChoiceSelected(PRIVATE, MEMBER, unhelpful, null, NOW));
        engine.handle(new ChoiceSelected(PRIVATE, MEMBER, unhelpful, null, NOW));

        assertThat(log.days(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-21")))
                .containsExactly(new QuestionDay(LocalDate.parse("2026-11-21"), 1, 0, 0, 1));
    }

    @Test
    void aQuestionNothingIsCloseToIsLoggedEveryTimeItIsAsked() {
        engine.handle(message("can I stake dogecoin"));
        engine.handle(message("can I stake dogecoin"));

        assertThat(log.latestMissed(5))
                .extracting(MissedQuestion::text)
                .containsExactly("can I stake dogecoin", "can I stake dogecoin");
    }

    private ConversationEngine engine() {
        AnswerThresholds thresholds = new AnswerThresholds(0.6, 0.3, 0.9);
        Translations<BotTexts> texts = BotTexts.translations(MessageCatalog.bundled());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new ConversationEngine(
                new EngineSettings(thresholds, false, "keeperbot", Map.of(), "en", 200),
                new InMemoryConversationStore(Duration.ofHours(1), clock),
                new FaqResponder(
                        new InMemoryKnowledgeBase(entry(
                                "deposit-missing",
                                "My deposit has not arrived",
                                "Check the explorer.",
                                "where is my deposit")),
                        new AnswerPolicy(thresholds),
                        texts),
                new InMemoryAnswerFeedback(),
                texts,
                MemberLanguage.byScript(),
                SmallTalk.bundled(),
                clock,
                new QuestionRecorder(log, SecretRedactor.bundled()::redact));
    }

    private InboundMessage message(String text) {
        return InboundMessage.builder(new MessageRef(PRIVATE, Integer.toString(++ids)), MEMBER, NOW)
                .text(text)
                .build();
    }
}
