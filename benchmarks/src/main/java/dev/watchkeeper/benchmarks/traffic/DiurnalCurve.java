package dev.watchkeeper.benchmarks.traffic;

import java.util.List;

/**
 * How busy a community is at each minute of its members' local day, as a factor whose mean over
 * the day is 1: one weight per local hour, joined linearly between the middles of the hours, so
 * the rate has no steps on the hour.
 */
final class DiurnalCurve {
    private static final int MINUTES = 24 * 60;
    private final double[] perMinute = new double[MINUTES];

    /** A curve through the 24 hourly weights (local hour 0 to 23), each at least 0. */
    DiurnalCurve(List<Double> hourly) {
        if (hourly.size() != 24) {
            throw new IllegalArgumentException("a diurnal curve needs 24 hourly weights, got " + hourly.size());
        }
        if (hourly.stream().anyMatch(w -> !(w >= 0))) {
            throw new IllegalArgumentException("diurnal weights must be 0 or more: " + hourly);
        }
        double sum = 0;
        for (int minute = 0; minute < MINUTES; minute++) {
            double hours = (minute - 30) / 60.0;
            int before = Math.floorMod((int) Math.floor(hours), 24);
            double along = hours - Math.floor(hours);
            perMinute[minute] = hourly.get(before) * (1 - along) + hourly.get((before + 1) % 24) * along;
            sum += perMinute[minute];
        }
        if (sum == 0) {
            throw new IllegalArgumentException("a diurnal curve needs at least one weight above 0");
        }
        double mean = sum / MINUTES;
        for (int minute = 0; minute < MINUTES; minute++) {
            perMinute[minute] /= mean;
        }
    }

    /** The factor at a minute of the local day (any integer; taken modulo one day). */
    double at(int localMinute) {
        return perMinute[Math.floorMod(localMinute, MINUTES)];
    }

    /** The busiest factor of the day. */
    double peak() {
        double peak = 0;
        for (double factor : perMinute) {
            peak = Math.max(peak, factor);
        }
        return peak;
    }
}
