package dev.watchkeeper.core.shield;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The shield's judgement of one message.
 *
 * @param verdict clean, suspicious or scam
 * @param score how strongly the signals point to a scam, from 0 to 1
 * @param reasons the signals that fired, strongest first; empty for a clean message with no
 *     signal
 */
public record ScamVerdict(Verdict verdict, double score, List<ScamReason> reasons) {
    public ScamVerdict {
        requireNonNull(verdict, "verdict");
        reasons = List.copyOf(reasons);
    }

    /** A clean verdict with no reasons. */
    public static ScamVerdict clean() {
        return new ScamVerdict(Verdict.CLEAN, 0.0, List.of());
    }

    /** True when the author leaked a seed phrase or private key. */
    public boolean leaksSecret() {
        return reasons.stream().anyMatch(r -> r.signal().isSecret());
    }

    /** True when the given signal is among the reasons. */
    public boolean has(Signal signal) {
        return reasons.stream().anyMatch(r -> r.signal() == signal);
    }

    /** What to do: a leaked secret is deleted at once with a private warning to the author. */
    public ScamAction action() {
        if (leaksSecret() && verdict != Verdict.CLEAN) {
            return ScamAction.DELETE_AND_WARN_AUTHOR_PRIVATELY;
        }
        return switch (verdict) {
            case SCAM -> ScamAction.DELETE;
            case SUSPICIOUS -> ScamAction.REVIEW;
            case CLEAN -> ScamAction.NONE;
        };
    }
}
