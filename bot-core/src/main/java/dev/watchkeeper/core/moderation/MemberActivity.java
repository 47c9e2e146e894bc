package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.UserRef;

/**
 * Port: how many messages a member has posted in a community, so that their first messages can
 * be judged more strictly. Thread-safe; a networked implementation may block for a round trip.
 */
public interface MemberActivity {
    /** Counts one more message and returns how many the member had posted before it. */
    int countMessage(ChatRef community, UserRef member);
}
