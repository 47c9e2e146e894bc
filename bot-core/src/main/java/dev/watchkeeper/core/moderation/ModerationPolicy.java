package dev.watchkeeper.core.moderation;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.shield.Verdict;
import java.time.Duration;

/**
 * A community's moderation policy: what happens automatically at each verdict.
 *
 * @param onScam the action for a {@code scam} verdict
 * @param onSuspicious the action for a {@code suspicious} verdict
 * @param muteFor how long a mute lasts
 */
public record ModerationPolicy(PolicyAction onScam, PolicyAction onSuspicious, Duration muteFor) {
    public ModerationPolicy {
        requireNonNull(onScam, "onScam");
        requireNonNull(onSuspicious, "onSuspicious");
        if (muteFor.isNegative() || muteFor.isZero()) {
            throw new IllegalArgumentException("muteFor must be positive: " + muteFor);
        }
    }

    /** The default: hide and flag scams, flag suspicious messages, mute for a day. */
    public static ModerationPolicy defaults() {
        return new ModerationPolicy(PolicyAction.HIDE_AND_FLAG, PolicyAction.FLAG, Duration.ofDays(1));
    }

    /** The action for a verdict; {@code clean} messages are left alone. */
    public PolicyAction actionFor(Verdict verdict) {
        return switch (verdict) {
            case SCAM -> onScam;
            case SUSPICIOUS -> onSuspicious;
            case CLEAN -> PolicyAction.LOG_ONLY;
        };
    }
}
