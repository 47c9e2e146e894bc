package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.UserRef;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Message counts in memory, capped at a number of members: past the cap the counts start over
 * (everyone counts as new again), which errs on the strict side. Thread-safe; never blocks.
 */
public final class InMemoryMemberActivity implements MemberActivity {
    private static final int SATURATED = 1_000;

    private final ConcurrentMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final int maxMembers;

    public InMemoryMemberActivity(int maxMembers) {
        this.maxMembers = maxMembers;
    }

    @Override
    public int countMessage(ChatRef community, UserRef member) {
        if (counts.size() >= maxMembers) {
            counts.clear();
        }
        AtomicInteger count = counts.computeIfAbsent(
                community.platform() + ":" + community.id() + ":" + member.id(), k -> new AtomicInteger());
        return count.getAndUpdate(n -> Math.min(SATURATED, n + 1));
    }
}
