package dev.watchkeeper.web.dashboard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One chart as the page's script draws it with Chart.js: served as JSON, so the script holds no
 * figures and no labels of its own.
 *
 * @param kind {@code line} or {@code bar}
 * @param title what it shows
 * @param unit the unit of its values ({@code tickets}, {@code minutes}, {@code %}, …)
 * @param labels the x axis: days ({@code 2026-11-21}) or categories
 * @param series the lines or bar groups, each with one value per label (null for no value)
 */
public record Chart(String kind, String title, String unit, List<String> labels, List<Series> series) {
    public Chart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("series " + s.label() + " has "
                        + s.values().size() + " values for " + labels.size() + " labels");
            }
        }
    }

    /**
     * One line or group of bars.
     *
     * @param label its name in the legend
     * @param values one per label, null where there is no value (a day without ratings)
     */
    public record Series(String label, List<@Nullable Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
