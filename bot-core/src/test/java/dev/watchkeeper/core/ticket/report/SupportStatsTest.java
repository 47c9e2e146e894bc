package dev.watchkeeper.core.ticket.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.FeedbackSummary;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SupportStatsTest {
    @Test
    void percentilesUseNearestRank() {
        List<Duration> minutes =
                IntStream.rangeClosed(1, 10).mapToObj(Duration::ofMinutes).toList();

        assertThat(SupportStats.percentile(minutes, 0.5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(SupportStats.percentile(minutes, 0.9)).isEqualTo(Duration.ofMinutes(9));
        assertThat(SupportStats.percentile(List.of(), 0.5)).isNull();
    }

    @Test
    void emptyStoreGivesAReadableReport() {
        SupportReport report = SupportStats.compute(List.of(), -1, FeedbackSummary.none(), Instant.EPOCH);

        assertThat(report.openBacklog()).isZero();
        assertThat(report.toText())
                .contains("Tickets: 0", "CSAT: n/a", "Deflection: n/a", "Answer feedback: no votes yet")
                .doesNotContain("Least helpful");
    }

    @Test
    void deflectionIsAnswersOverAnswersAndTickets() {
        Ticket ticket = TicketStoreContract.ticket(
                1, dev.watchkeeper.core.model.UserRef.member(dev.watchkeeper.core.model.Platform.TELEGRAM, "1"));

        SupportReport report = SupportStats.compute(List.of(ticket), 3, FeedbackSummary.none(), Instant.EPOCH);

        assertThat(report.deflectionRate()).isEqualTo(0.75);
        assertThat(report.backlog()).containsEntry(TicketStatus.OPEN, 1L);
        assertThat(report.toText()).contains("Deflection: 75% (3 answered by the bot)");
    }
}
