package dev.watchkeeper.discord.outbound;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * Each member's DM channel, opened once and reused. JDA finds a DM channel through its user cache,
 * which the adapter's light caches leave empty, so without this every DM would first ask Discord
 * to open the channel again. A member's DMs go out one after another, in the order they were sent
 * here. Bounded: the members least recently written to are forgotten (and their channel opened
 * again when needed). Never blocks; thread-safe.
 */
final class PrivateChannels {
    private final Supplier<JDA> jda;
    private final Map<String, CompletableFuture<PrivateChannel>> byUser;

    /** Remembers at most {@code capacity} members' channels, opening them on {@code jda}. */
    PrivateChannels(Supplier<JDA> jda, int capacity) {
        this.jda = jda;
        this.byUser = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<PrivateChannel>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Sends in the member's DM channel, once what was sent there before has gone. {@code failed}
     * gets the error (Discord's, unwrapped) when the channel cannot be opened or the send is
     * refused.
     */
    synchronized void send(String userId, Function<PrivateChannel, RestAction<?>> send, Consumer<Throwable> failed) {
        CompletableFuture<PrivateChannel> previous = byUser.get(userId);
        CompletableFuture<PrivateChannel> channel = previous == null || previous.isCompletedExceptionally()
                ? jda.get().openPrivateChannelById(userId).submit()
                : previous;
        channel.whenComplete((opened, e) -> {
            if (e != null) {
                failed.accept(unwrapped(e));
            }
        });
        byUser.put(
                userId,
                channel.thenCompose(opened -> send.apply(opened).submit().handle((ok, e) -> {
                    if (e != null) {
                        failed.accept(unwrapped(e));
                    }
                    return opened;
                })));
    }

    private static Throwable unwrapped(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
}
