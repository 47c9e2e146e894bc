package dev.watchkeeper.discord.outbound;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;

/**
 * Each member's DM channel, opened once and reused. JDA finds a DM channel through its user cache,
 * which the adapter's light caches leave empty, so without this every DM would first ask Discord
 * to open the channel again. A member's DMs go out one after another, in the order they were sent
 * here. Bounded: the members least recently written to are forgotten (and their channel opened
 * again when needed). Never blocks; thread-safe.
 */
final class PrivateChannels {
    private final Function<String, CompletableFuture<PrivateChannel>> open;
    private final Map<String, CompletableFuture<PrivateChannel>> byUser;

    /**
     * Remembers at most {@code capacity} members' channels.
     *
     * @param open opens a member's DM channel, by user id
     */
    PrivateChannels(Function<String, CompletableFuture<PrivateChannel>> open, int capacity) {
        this.open = open;
        this.byUser = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<PrivateChannel>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Sends in the member's DM channel, once what was sent there before has gone. The result fails
     * (with Discord's error, wrapped) when the channel cannot be opened or the send is refused.
     */
    synchronized CompletableFuture<Void> send(
            String userId, Function<PrivateChannel, ? extends CompletableFuture<?>> send) {
        CompletableFuture<PrivateChannel> previous = byUser.get(userId);
        CompletableFuture<PrivateChannel> channel =
                previous == null || previous.isCompletedExceptionally() ? open.apply(userId) : previous;
        CompletableFuture<Void> sent =
                channel.thenCompose(opened -> send.apply(opened).thenApply(ok -> (Void) null));
        byUser.put(userId, channel.thenCompose(opened -> sent.handle((ok, e) -> opened)));
        return sent;
    }
}
