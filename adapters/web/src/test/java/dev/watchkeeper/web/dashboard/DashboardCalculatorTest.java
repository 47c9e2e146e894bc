package dev.watchkeeper.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.InMemoryQuestionLog;
import dev.watchkeeper.core.faq.MissedQuestion;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.SlaKind;
import dev.watchkeeper.core.ticket.model.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardCalculatorTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    private static final DashboardRange WEEK = new DashboardRange(7, TODAY);
    private static final Instant MONDAY_NOON = Instant.parse("2026-11-24T12:00:00Z");

    private final InMemoryQuestionLog log = new InMemoryQuestionLog(100, 400);

    @Test
    void countsEachEventOnTheDayItHappened() {
        Ticket ticket = Tickets.handled(Tickets.opened(MONDAY_NOON), Duration.ofHours(13), Duration.ofDays(2), 4);

        DashboardFigures figures = compute(List.of(ticket));

        DayFigures monday = day(figures, "2026-11-24");
        DayFigures tuesday = day(figures, "2026-11-25");
        DayFigures wednesday = day(figures, "2026-11-26");
        assertThat(monday.escalations()).isEqualTo(1);
        assertThat(monday.firstResponse().count()).isZero();
        assertThat(tuesday.firstResponse().median()).isEqualTo(Duration.ofHours(13));
        assertThat(tuesday.escalations()).isZero();
        assertThat(wednesday.resolution().median()).isEqualTo(Duration.ofDays(2));
        assertThat(wednesday.ratings()).isEqualTo(1);
        assertThat(wednesday.csatAverage()).isEqualTo(4.0);
        assertThat(figures.csatDistribution()).containsExactly(0L, 0L, 0L, 1L, 0L);
    }

    @Test
    void everyDayOfTheRangeIsThereAndQuietDaysHaveNoTimesNoRatingAndNoDeflection() {
        DashboardFigures figures = compute(List.of());

        assertThat(figures.days()).hasSize(7);
        assertThat(figures.days().getFirst().day()).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(figures.days().getLast().day()).isEqualTo(TODAY);
        assertThat(figures.days()).allSatisfy(d -> {
            assertThat(d.escalations()).isZero();
            assertThat(d.firstResponse()).isEqualTo(Timings.NONE);
            assertThat(d.csatAverage()).isNull();
            assertThat(d.deflection()).isNull();
        });
        assertThat(figures.byCategory()).isEmpty();
        assertThat(figures.missedQuestions()).isEmpty();
    }

    @Test
    void medianAndNinetiethPercentileAreTheNearestRanks() {
        List<Ticket> tickets = new ArrayList<>();
        for (int minutes = 1; minutes <= 10; minutes++) {
            tickets.add(Tickets.handled(
                    Tickets.opened(MONDAY_NOON), Duration.ofMinutes(minutes), Duration.ofHours(minutes), null));
        }

        DayFigures total = compute(tickets).total();

        assertThat(total.firstResponse()).isEqualTo(new Timings(10, Duration.ofMinutes(5), Duration.ofMinutes(9)));
        assertThat(total.resolution().median()).isEqualTo(Duration.ofHours(5));
        assertThat(total.resolution().p90()).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void leavesOutWhatHappenedBeforeTheRangeButCountsWhatFollowedInIt() {
        Ticket early = Tickets.handled(
                Tickets.opened(Instant.parse("2026-11-20T10:00:00Z")), Duration.ofDays(1), Duration.ofDays(5), 2);

        DashboardFigures figures = compute(List.of(early));

        assertThat(figures.total().escalations()).isZero();
        assertThat(figures.total().firstResponse().count()).isZero();
        assertThat(figures.total().resolution().count()).isEqualTo(1);
        assertThat(figures.total().csatAverage()).isEqualTo(2.0);
        assertThat(figures.byCategory()).isEmpty();
    }

    @Test
    void deflectionIsAnswersOverAnswersAndEscalationsAndVotesCountOnTheirDay() {
        log.answered(MONDAY_NOON);
        log.answered(MONDAY_NOON);
        log.answered(MONDAY_NOON);
        log.answered(MONDAY_NOON.plus(Duration.ofDays(1)));
        log.voted(false, MONDAY_NOON);
        log.voted(true, MONDAY_NOON.plus(Duration.ofDays(1)));

        DashboardFigures figures = compute(List.of(Tickets.opened(MONDAY_NOON)));

        assertThat(day(figures, "2026-11-24").deflection()).isEqualTo(0.75);
        assertThat(day(figures, "2026-11-25").deflection()).isEqualTo(1.0);
        assertThat(figures.deflection()).isEqualTo(0.8);
        assertThat(day(figures, "2026-11-24").unhelpful()).isEqualTo(1);
        assertThat(day(figures, "2026-11-25").helpful()).isEqualTo(1);
        assertThat(figures.total().helpful() + figures.total().unhelpful()).isEqualTo(2);
    }

    @Test
    void breakdownsCountTheRangesTicketsMostFirstAndBreachesCountOnTheOpeningDay() {
        List<Ticket> tickets = List.of(
                Tickets.breached(
                        Tickets.opened(MONDAY_NOON, Category.WITHDRAWAL, Platform.DISCORD, "ru"),
                        SlaKind.FIRST_RESPONSE,
                        SlaKind.RESOLUTION),
                Tickets.opened(MONDAY_NOON, Category.WITHDRAWAL, Platform.TELEGRAM, "ru"),
                Tickets.opened(MONDAY_NOON, Category.KYC, Platform.TELEGRAM, "en"));

        DashboardFigures figures = compute(tickets);

        assertThat(figures.byCategory())
                .containsExactly(java.util.Map.entry("withdrawal", 2L), java.util.Map.entry("kyc", 1L));
        assertThat(figures.byPlatform())
                .containsExactly(java.util.Map.entry("telegram", 2L), java.util.Map.entry("discord", 1L));
        assertThat(figures.byLanguage()).containsExactly(java.util.Map.entry("ru", 2L), java.util.Map.entry("en", 1L));
        assertThat(day(figures, "2026-11-24").slaBreaches()).isEqualTo(2);
        assertThat(figures.total().slaBreaches()).isEqualTo(2);
    }

    @Test
    void theSameMissedQuestionAskedAgainCountsAsOneMostAskedFirst() {
        log.missed(new MissedQuestion("Can I stake DOGE?", "en", Platform.TELEGRAM, MONDAY_NOON));
        log.missed(new MissedQuestion("where is the  NFT tab", "en", Platform.DISCORD, MONDAY_NOON.plusSeconds(5)));
        log.missed(new MissedQuestion("can i stake doge?", "es", Platform.DISCORD, MONDAY_NOON.plusSeconds(9)));
        log.missed(new MissedQuestion("too old", "en", Platform.DISCORD, Instant.parse("2026-11-01T00:00:00Z")));

        List<MissedQuestionGroup> groups = compute(List.of()).missedQuestions();

        assertThat(groups)
                .extracting(MissedQuestionGroup::text, MissedQuestionGroup::times)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("can i stake doge?", 2),
                        org.assertj.core.groups.Tuple.tuple("where is the  NFT tab", 1));
        assertThat(groups.getFirst().languages()).containsExactlyInAnyOrder("en", "es");
        assertThat(groups.getFirst().platforms()).containsExactlyInAnyOrder("telegram", "discord");
        assertThat(groups.getFirst().lastAsked()).isEqualTo(MONDAY_NOON.plusSeconds(9));
    }

    private DashboardFigures compute(List<Ticket> tickets) {
        return DashboardCalculator.compute(
                WEEK, tickets, log.days(WEEK.first(), WEEK.last()), log.latestMissed(100), List.of());
    }

    private static DayFigures day(DashboardFigures figures, String day) {
        return figures.days().stream()
                .filter(d -> d.day().equals(LocalDate.parse(day)))
                .findFirst()
                .orElseThrow();
    }
}
