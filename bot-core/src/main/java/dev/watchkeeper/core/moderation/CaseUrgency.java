package dev.watchkeeper.core.moderation;

import java.util.Locale;

/**
 * The order open cases are worked in: a member's report that they were scammed first, then the
 * worse verdict (scam before suspicious), then the higher score, then the older case, then the
 * lower id. Expressed as a text key so that a store can keep the order in an index sorted by
 * text (a Redis sorted set of equal scores is ordered so) and a store in memory sorts by the same
 * key. Pure; never blocks.
 */
public final class CaseUrgency {
    private static final int SCORE_STEPS = 1_000_000;

    private CaseUrgency() {}

    /**
     * A text that sorts before another case's exactly when this case is more urgent. It is made of
     * fields a case keeps for its life, so an open case's key never changes.
     */
    public static String sortKey(ModerationCase c) {
        int verdict = 2 - c.verdict().ordinal();
        long score = Math.round(Math.clamp(c.score(), 0.0, 1.0) * SCORE_STEPS);
        long created = Math.max(0, c.createdAt().toEpochMilli());
        return String.format(
                Locale.ROOT,
                "%d%d%07d%015d%012d",
                c.urgent() ? 0 : 1,
                verdict,
                SCORE_STEPS - score,
                created,
                c.id().number());
    }
}
