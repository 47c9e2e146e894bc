package dev.watchkeeper.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DashboardRangeTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-03");

    @Test
    void coversTheLastDaysUpToTodayAndDefaultsToThirty() {
        DashboardRange week = DashboardRange.parse("7", TODAY);

        assertThat(week.first()).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(week.covers(TODAY)).isTrue();
        assertThat(week.covers(LocalDate.parse("2026-11-26"))).isFalse();
        assertThat(DashboardRange.parse("", TODAY).days()).isEqualTo(30);
        assertThat(DashboardRange.parse(" 90 ", TODAY).first()).isEqualTo(LocalDate.parse("2026-09-05"));
    }

    @Test
    void refusesAnyOtherRangeWithTheChoicesInOneLine() {
        assertThatThrownBy(() -> DashboardRange.parse("31", TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must be one of [7, 30, 90], not 31");
        assertThatThrownBy(() -> DashboardRange.parse("week", TODAY))
                .hasMessage("days must be one of [7, 30, 90], not week");
    }
}
