package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.UserRef;

/**
 * Port: how many messages a member has posted in a community, so that their first messages can
 * be judged more strictly. Thread-safe; a networked implementation may block for a round trip.
 */
public interface MemberActivity {
    /**
     * Counts one more message and returns how many the member had posted before it. The count is
     * exact up to the implementation's saturation point, which is at least the scam shield's
     * first-messages window; past it, any number at or above that point may be returned.
     */
    int countMessage(ChatRef community, UserRef member);
}
