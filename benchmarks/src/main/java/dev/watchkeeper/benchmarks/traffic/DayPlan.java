package dev.watchkeeper.benchmarks.traffic;

import java.time.Duration;
import java.time.Instant;

/**
 * How much happens in the generated day.
 *
 * @param start the start of the day (its first instant; the day lasts 24 hours)
 * @param members how many members the communities have
 * @param questions how many support questions members ask in the day, before repeats
 * @param chatter how many lines of ordinary chatter they write, before bursts
 * @param bursts how many bursts of chatter the communities have in the day
 * @param busyHour when the busy hour starts, after {@code start}: every community's traffic, on
 *     every topic, is {@code busyFactor} times what it would be for an hour
 * @param busyFactor how much busier the busy hour is
 * @param spam how many times the spammer posts the same question in a row
 */
public record DayPlan(
        Instant start,
        int members,
        int questions,
        int chatter,
        int bursts,
        Duration busyHour,
        double busyFactor,
        int spam) {
    /** One day. */
    public static final Duration DAY = Duration.ofDays(1);

    public DayPlan {
        if (members < 100 || questions < 0 || chatter < 0 || bursts < 0 || spam < 0) {
            throw new IllegalArgumentException("a day plan needs 100 members or more and no negative counts");
        }
        if (busyHour.isNegative() || busyHour.compareTo(DAY.minusHours(1)) > 0 || busyFactor < 1) {
            throw new IllegalArgumentException(
                    "the busy hour must start within the day's first 23 hours, with a factor of 1 or more");
        }
    }

    /**
     * A mid-sized exchange's community: 6,000 members, 1,800 questions and 18,000 lines of chatter
     * a day, 30 bursts of chatter, twice the traffic from 18:00 to 19:00 UTC, one member posting
     * the same question 15 times.
     */
    public static DayPlan typical(Instant start) {
        return new DayPlan(start, 6_000, 1_800, 18_000, 30, Duration.ofHours(18), 2.0, 15);
    }

    /**
     * A large exchange's community: 30,000 members, 12,000 questions and 60,000 lines of chatter a
     * day, 80 bursts, the same busy hour and spammer. Its busiest topics reach 10 distinct members
     * in 10 minutes on an ordinary evening, so only the rule's 5 times the baseline tells them
     * from an incident.
     */
    public static DayPlan large(Instant start) {
        return new DayPlan(start, 30_000, 12_000, 60_000, 80, Duration.ofHours(18), 2.0, 15);
    }

    /** The end of the day (exclusive). */
    public Instant end() {
        return start.plus(DAY);
    }
}
