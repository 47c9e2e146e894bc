package dev.watchkeeper.discord;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Runs an action once, when every shard the shard manager runs has loaded its servers (its {@link
 * ReadyEvent}). JDA fires that event just before a shard's status turns to connected, so the
 * shards' statuses cannot tell. Runs on JDA's event thread; thread-safe.
 */
final class ShardsReady extends ListenerAdapter {
    private final Runnable action;
    private final Set<Integer> ready = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean ran = new AtomicBoolean();

    ShardsReady(Runnable action) {
        this.action = action;
    }

    @Override
    public void onReady(ReadyEvent event) {
        ready.add(event.getJDA().getShardInfo().getShardId());
        ShardManager manager = event.getJDA().getShardManager();
        boolean all = manager == null
                || manager.getShardsQueued() == 0
                        && ready.size() >= manager.getShardCache().size();
        if (all && ran.compareAndSet(false, true)) {
            action.run();
        }
    }
}
