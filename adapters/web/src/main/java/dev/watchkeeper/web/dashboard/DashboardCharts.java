package dev.watchkeeper.web.dashboard;

import dev.watchkeeper.web.dashboard.Chart.Series;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's charts, by the name the page's canvases carry ({@code data-chart}): each day's
 * figures over the range, and the range's breakdowns. Times are in minutes (first response) and
 * hours (resolution), rates in percent. Pure.
 */
public final class DashboardCharts {
    private DashboardCharts() {}

    /** The charts of these figures, in the order the page shows them. */
    public static Map<String, Chart> of(DashboardFigures figures) {
        List<DayFigures> days = figures.days();
        List<String> labels = days.stream().map(d -> d.day().toString()).toList();
        Map<String, Chart> charts = new LinkedHashMap<>();
        charts.put(
                "volume",
                new Chart(
                        "bar",
                        "Questions and escalations per day",
                        "questions",
                        labels,
                        List.of(
                                series("Answered by the bot", days, d -> (double) d.answered()),
                                series("Not answered", days, d -> (double) d.missed()),
                                series("Escalated to a ticket", days, d -> (double) d.escalations()))));
        charts.put(
                "deflection",
                new Chart(
                        "line",
                        "Deflection rate per day",
                        "%",
                        labels,
                        List.of(series("Deflection", days, d -> percent(d.deflection())))));
        charts.put(
                "first-response",
                new Chart(
                        "line",
                        "Time to first response per day",
                        "minutes",
                        labels,
                        List.of(
                                series(
                                        "Median",
                                        days,
                                        d -> minutes(d.firstResponse().median())),
                                series(
                                        "90th percentile",
                                        days,
                                        d -> minutes(d.firstResponse().p90())))));
        charts.put(
                "resolution",
                new Chart(
                        "line",
                        "Time to resolution per day",
                        "hours",
                        labels,
                        List.of(
                                series("Median", days, d -> hours(d.resolution().median())),
                                series(
                                        "90th percentile",
                                        days,
                                        d -> hours(d.resolution().p90())))));
        charts.put(
                "csat",
                new Chart(
                        "line",
                        "Average rating per day",
                        "stars",
                        labels,
                        List.of(series("CSAT", days, DayFigures::csatAverage))));
        charts.put(
                "csat-distribution",
                new Chart(
                        "bar",
                        "Ratings in the range",
                        "ratings",
                        List.of("1", "2", "3", "4", "5"),
                        List.of(new Series(
                                "Ratings",
                                figures.csatDistribution().stream()
                                        .map(Long::doubleValue)
                                        .toList()))));
        charts.put(
                "sla",
                new Chart(
                        "bar",
                        "SLA breaches of the tickets opened each day",
                        "breaches",
                        labels,
                        List.of(series("SLA breaches", days, d -> (double) d.slaBreaches()))));
        charts.put(
                "votes",
                new Chart(
                        "bar",
                        "Votes on the bot's answers per day",
                        "votes",
                        labels,
                        List.of(series("Not helpful", days, d -> (double) d.unhelpful()), series("Helpful", days, d ->
                                (double) d.helpful()))));
        charts.put("categories", breakdown("Tickets by category", figures.byCategory()));
        charts.put("platforms", breakdown("Tickets by platform", figures.byPlatform()));
        charts.put("languages", breakdown("Tickets by language", figures.byLanguage()));
        charts.put(
                "least-helpful",
                new Chart(
                        "bar",
                        "Least helpful answers (all votes)",
                        "votes",
                        figures.leastHelpful().stream()
                                .map(EntryHelpfulness::title)
                                .toList(),
                        List.of(
                                new Series(
                                        "Not helpful",
                                        figures.leastHelpful().stream()
                                                .map(e -> (double) e.unhelpful())
                                                .toList()),
                                new Series(
                                        "Helpful",
                                        figures.leastHelpful().stream()
                                                .map(e -> (double) e.helpful())
                                                .toList()))));
        return charts;
    }

    private static Chart breakdown(String title, Map<String, Long> counts) {
        return new Chart(
                "bar",
                title,
                "tickets",
                new ArrayList<>(counts.keySet()),
                List.of(new Series(
                        "Tickets",
                        counts.values().stream().map(Long::doubleValue).toList())));
    }

    private static Series series(String label, List<DayFigures> days, Function<DayFigures, @Nullable Double> value) {
        List<@Nullable Double> values = new ArrayList<>(days.size());
        days.forEach(d -> values.add(value.apply(d)));
        return new Series(label, values);
    }

    static @Nullable Double percent(@Nullable Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }

    static @Nullable Double minutes(@Nullable Duration d) {
        return d == null ? null : Math.round(d.toSeconds() / 6.0) / 10.0;
    }

    static @Nullable Double hours(@Nullable Duration d) {
        return d == null ? null : Math.round(d.toSeconds() / 360.0) / 10.0;
    }
}
