package dev.watchkeeper.web.dashboard;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The support figures of one day (UTC).
 *
 * @param day the day
 * @param escalations tickets opened that day
 * @param answered questions the bot answered from the knowledge base that day
 * @param missed questions nothing in the knowledge base was close to that day
 * @param firstResponse the times to first response of the tickets first answered that day
 * @param resolution the times to resolution of the tickets resolved that day
 * @param ratings the ratings given that day
 * @param csatAverage their average, null when there are none
 * @param slaBreaches the SLA targets missed by the tickets opened that day
 * @param helpful "this helped" votes on the bot's answers that day
 * @param unhelpful "this did not help" votes on the bot's answers that day
 */
public record DayFigures(
        LocalDate day,
        long escalations,
        long answered,
        long missed,
        Timings firstResponse,
        Timings resolution,
        int ratings,
        @Nullable Double csatAverage,
        int slaBreaches,
        long helpful,
        long unhelpful) {
    /**
     * Answers over answers plus escalations, as {@code /stats} computes the deflection rate; null
     * when there were neither.
     */
    public @Nullable Double deflection() {
        long total = answered + escalations;
        return total == 0 ? null : (double) answered / total;
    }
}
