package dev.watchkeeper.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.QuestionLog;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardChartsTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    private static final DashboardRange WEEK = new DashboardRange(7, TODAY);

    @Test
    void everyDailyChartHasOneValueADayAndGapsWhereADayHasNone() {
        var ticket = Tickets.handled(
                Tickets.opened(Instant.parse("2026-11-30T08:00:00Z")), Duration.ofMinutes(90), Duration.ofHours(3), 5);
        DashboardFigures figures = DashboardCalculator.compute(
                WEEK,
                List.of(ticket),
                QuestionLog.zeros(WEEK.first(), WEEK.last()),
                List.of(),
                List.of(new EntryHelpfulness("fees", "Trading fees", 1, 4)));

        Map<String, Chart> charts = DashboardCharts.of(figures);

        assertThat(charts).containsKeys("volume", "deflection", "first-response", "resolution", "csat", "sla");
        Chart response = charts.get("first-response");
        assertThat(response.labels()).hasSize(7).endsWith("2026-11-30");
        assertThat(response.series().getFirst().values()).containsExactly(null, null, null, null, null, null, 90.0);
        assertThat(charts.get("resolution").series().getFirst().values().getLast())
                .isEqualTo(3.0);
        assertThat(charts.get("csat").series().getFirst().values().getLast()).isEqualTo(5.0);
        assertThat(charts.get("deflection").series().getFirst().values().getLast())
                .isEqualTo(0.0);
        assertThat(charts.get("csat-distribution").series().getFirst().values())
                .containsExactly(0.0, 0.0, 0.0, 0.0, 1.0);
        assertThat(charts.get("least-helpful").labels()).containsExactly("Trading fees");
        assertThat(charts.get("categories").labels()).containsExactly("other");
    }

    @Test
    void ratesAreRoundedPercentagesAndTimesTenthsOfTheirUnit() {
        assertThat(DashboardCharts.percent(2.0 / 3)).isEqualTo(66.7);
        assertThat(DashboardCharts.minutes(Duration.ofSeconds(100))).isEqualTo(1.7);
        assertThat(DashboardCharts.hours(Duration.ofMinutes(90))).isEqualTo(1.5);
        assertThat(DashboardCharts.minutes(null)).isNull();
    }

    @Test
    void durationsReadAsStaffSayThem() {
        assertThat(DurationText.of(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(DurationText.of(Duration.ofMinutes(12))).isEqualTo("12 min");
        assertThat(DurationText.of(Duration.ofMinutes(185))).isEqualTo("3 h 05 min");
        assertThat(DurationText.of(Duration.ofHours(52))).isEqualTo("2 d 4 h");
        assertThat(DurationText.of(null)).isEqualTo("–");
    }
}
