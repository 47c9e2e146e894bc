package dev.watchkeeper.web.inbox;

import static dev.watchkeeper.web.inbox.TicketSamples.said;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.ticket.model.Turn.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationSummarizerTest {
    private static final String TX = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";

    private final ConversationSummarizer summarizer = ConversationSummarizer.bundled();

    @Test
    void picksTheFirstQuestionTheSentencesRichestInContextTheBotsLastAnswerAndWhatStaffDid() {
        ConversationSummary summary = summarizer.summarize(List.of(
                said(Speaker.MEMBER, "Hello, where is my withdrawal?"),
                said(Speaker.BOT, "Withdrawals take up to 30 minutes."),
                said(Speaker.MEMBER, "/human"),
                said(Speaker.SYSTEM, "opened"),
                said(
                        Speaker.MEMBER,
                        "It has been two days. I sent 250 USDT to my wallet. The tx is " + TX
                                + ". My cat says hi. The app shows an error."),
                said(Speaker.BOT, "An agent will take over."),
                said(Speaker.NOTE, "checking with payments"),
                said(Speaker.AGENT, "I'm looking into it."),
                said(Speaker.MEMBER, "Thanks, my UID is 48213377.")));

        assertThat(summary.firstQuestion()).isEqualTo("Hello, where is my withdrawal?");
        assertThat(summary.keyDetails())
                .containsExactly(
                        "I sent 250 USDT to my wallet.", "The tx is " + TX + ".", "Thanks, my UID is 48213377.");
        assertThat(summary.lastBotAnswer()).isEqualTo("An agent will take over.");
        assertThat(summary.agentReplies()).isEqualTo(1);
        assertThat(summary.notes()).isEqualTo(1);
        assertThat(summary.lastAgentReply()).isEqualTo("I'm looking into it.");
        assertThat(summary.lastNote()).isEqualTo("checking with payments");
    }

    @Test
    void wordsThatSayWhatWentWrongCountInOtherLanguagesToo() {
        assertThat(summarizer.score("Мой депозит завис")).isPositive();
        assertThat(summarizer.score("Mi depósito está pendiente")).isPositive();
        assertThat(summarizer.score("提现失败")).isPositive();
        assertThat(summarizer.score("Have a nice day")).isZero();
    }

    @Test
    void aFirstQuestionRichInContextIsNotRepeatedAsAKeyDetailAndAnEmptyTranscriptHasNothing() {
        ConversationSummary summary =
                summarizer.summarize(List.of(said(Speaker.MEMBER, "My deposit of 2 ETH is missing")));

        assertThat(summary.firstQuestion()).isEqualTo("My deposit of 2 ETH is missing");
        assertThat(summary.keyDetails()).isEmpty();
        assertThat(summarizer.summarize(List.of()).isEmpty()).isTrue();
    }

    @Test
    void shortensLongTurns() {
        ConversationSummary summary = summarizer.summarize(List.of(said(Speaker.MEMBER, "a ".repeat(400))));

        assertThat(summary.firstQuestion()).hasSize(240).endsWith("…");
    }
}
