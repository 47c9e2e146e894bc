package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.UserRef;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Ban or mute (Telegram restrict, Discord time-out) a member of a community.
 *
 * @param to the community chat the restriction applies in
 * @param member who
 * @param kind ban or mute
 * @param duration how long a mute lasts; null for a ban (permanent)
 * @param reason why, for the platform's audit log
 */
public record RestrictMember(ReplyTarget to, UserRef member, Kind kind, @Nullable Duration duration, String reason)
        implements Decision {
    public RestrictMember {
        requireNonNull(to, "to");
        requireNonNull(member, "member");
        requireNonNull(kind, "kind");
        requireNonNull(reason, "reason");
        if (kind == Kind.MUTE && (duration == null || duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("a mute needs a positive duration");
        }
    }

    /** The kinds of restriction. */
    public enum Kind {
        BAN,
        MUTE
    }
}
