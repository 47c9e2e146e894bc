package dev.watchkeeper.web.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The days a dashboard covers: the last {@code days} days (UTC) up to and including {@code last}.
 *
 * @param days how many days, one of {@link #CHOICES}
 * @param last the last day covered (today)
 */
public record DashboardRange(int days, LocalDate last) {
    /** The ranges a supervisor may pick. */
    public static final List<Integer> CHOICES = List.of(7, 30, 90);

    /** The range shown when none is picked. */
    public static final int DEFAULT_DAYS = 30;

    public DashboardRange {
        if (!CHOICES.contains(days)) {
            throw new IllegalArgumentException("days must be one of " + CHOICES + ", not " + days);
        }
    }

    /**
     * The range a request asks for ({@code "7"}, {@code "30"}, {@code "90"}; the default when
     * absent).
     *
     * @throws IllegalArgumentException with a one-line reason for anything else
     */
    public static DashboardRange parse(String days, LocalDate today) {
        if (days == null || days.isBlank()) {
            return new DashboardRange(DEFAULT_DAYS, today);
        }
        try {
            return new DashboardRange(Integer.parseInt(days.strip()), today);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("days must be one of " + CHOICES + ", not " + days.strip());
        }
    }

    /** The first day covered. */
    public LocalDate first() {
        return last.minusDays(days - 1L);
    }

    /** True when the day is in the range. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(first()) && !day.isAfter(last);
    }
}
