package dev.watchkeeper.console;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.audit.InMemoryAuditLog;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.conversation.BotTexts;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.conversation.FaqResponder;
import dev.watchkeeper.core.conversation.InMemoryConversationStore;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.InMemoryTicketSequence;
import dev.watchkeeper.core.ticket.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.InMemoryTranscriptLog;
import dev.watchkeeper.core.ticket.StaffRoster;
import dev.watchkeeper.core.ticket.SupportMetrics;
import dev.watchkeeper.core.ticket.TicketDesk;
import dev.watchkeeper.core.ticket.TicketPorts;
import dev.watchkeeper.core.ticket.TicketSettings;
import dev.watchkeeper.core.ticket.TicketTexts;
import dev.watchkeeper.core.ticket.text.BasicSecretRedactor;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
        InMemoryConversationStore conversations = new InMemoryConversationStore(Duration.ofHours(1), clock);
        ConversationEngine engine = new ConversationEngine(
                new EngineSettings(thresholds, false, "watchkeeper", "en", 1000),
                conversations,
                new FaqResponder(kb, new AnswerPolicy(thresholds), texts),
                texts,
                clock);
        TicketPorts ports = new TicketPorts(
                new InMemoryTicketStore(),
                new InMemoryTicketSequence(1000),
                new InMemoryTranscriptLog(50),
                new InMemoryAuditLog(),
                new StaffRoster(List.of(ConsolePersona.AGENT), Set.of()),
                kb,
                conversations,
                SupportMetrics.NONE,
                new BasicSecretRedactor(),
                new Random(7));
        TicketDesk desk = new TicketDesk(
                ports,
                TicketSettings.defaults(ConsolePersona.STAFF_CHAT, Map.of(Platform.CONSOLE, "watchkeeper")),
                TicketTexts.english(),
                clock,
                () -> 0);
        return new ConsoleChat(
                new Bot(desk, engine),
                desk,
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
                .contains("bot → you (private): My deposit has not arrived")
                .contains("Check the explorer.")
                .contains("Reset 2FA")
                .doesNotContain("you> ");
    }

    @Test
    void walksTheWholeTicketFlowAsMemberAndAgent() {
        chat("""
                penguins
                1
                /agent
                1
                Hi, I am Alex from support. How can I help?
                /member
                My deposit is stuck, tx 0xabc
                /agent
                /note checked the explorer
                /close sent instructions
                /member
                5
                """)
                .run();

        String out = output.toString();
        assertThat(out).contains("bot → staff WK-1000: New ticket");
        assertThat(out).contains("(you are now Agent Alex in the staff chat, ticket WK-1000)");
        assertThat(out).contains("bot → you (private): ").contains("Hi, I am Alex from support.");
        assertThat(out).contains("bot → staff WK-1000: ").contains("My deposit is stuck");
        assertThat(out).doesNotContain("bot → you (private): checked the explorer");
        assertThat(out).containsIgnoringCase("rate");
    }

    @Test
    void staysSilentInTheGroupUnlessMentioned() {
        chat("/group\nwhere is my deposit\n@watchkeeper where is my deposit\n").run();

        assertThat(output.toString())
                .contains("(you are now the member in the public group)")
                .containsOnlyOnce("bot → group: My deposit has not arrived");
    }

    @Test
    void stopsAtQuit() {
        long handled = chat("/quit\nwhere is my deposit\n").run();

        assertThat(handled).isZero();
        assertThat(output.toString()).isEmpty();
    }
}
