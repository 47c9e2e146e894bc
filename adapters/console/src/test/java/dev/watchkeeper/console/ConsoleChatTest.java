package dev.watchkeeper.console;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.conversation.BotTexts;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.conversation.FaqResponder;
import dev.watchkeeper.core.conversation.InMemoryConversationStore;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConsoleChatTest {
    private final Clock clock = Clock.systemUTC();
    private final StringWriter output = new StringWriter();

    private ConsoleChat chat(String input) {
        AnswerThresholds thresholds = new AnswerThresholds(0.6, 0.3, 0.9);
        InMemoryKnowledgeBase kb = new InMemoryKnowledgeBase(
                entry("deposit-missing", "My deposit has not arrived", "Check the explorer.", "where is my deposit"),
                entry("2fa-reset", "Reset 2FA", "Use the reset form.", "lost phone 2fa"));
        BotTexts texts = BotTexts.english();
        ConversationEngine engine = new ConversationEngine(
                new EngineSettings(thresholds, false, null, "en", 1000),
                new InMemoryConversationStore(Duration.ofHours(1), clock),
                new FaqResponder(kb, new AnswerPolicy(thresholds), texts),
                texts,
                clock);
        return new ConsoleChat(
                engine,
                new ConsoleRenderer(),
                new BufferedReader(new StringReader(input)),
                new PrintWriter(output),
                clock,
                false);
    }

    @Test
    void answersPipedQuestionsAndExitsAtEndOfInput() {
        long handled = chat("where is my deposit\n\nlost phone 2fa\n").run();

        assertThat(handled).isEqualTo(2);
        assertThat(output.toString())
                .contains("bot> My deposit has not arrived")
                .contains("Check the explorer.")
                .contains("Reset 2FA")
                .doesNotContain("you> ");
    }

    @Test
    void numbersChoicesSoTheMemberCanPickOne() {
        chat("penguins\n1\n").run();

        assertThat(output.toString())
                .contains("1) " + BotTexts.english().humanLabel())
                .contains(BotTexts.english().handOver());
    }

    @Test
    void stopsAtQuit() {
        long handled = chat("/quit\nwhere is my deposit\n").run();

        assertThat(handled).isZero();
        assertThat(output.toString()).isEmpty();
    }
}
