package dev.watchkeeper.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.bot.SendLimits;
import dev.watchkeeper.core.bot.SendRateLimiter;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TicketStoreContract;
import dev.watchkeeper.redis.bot.RedisEventDeduplicator;
import dev.watchkeeper.redis.bot.RedisSendRateLimiter;
import dev.watchkeeper.redis.ticket.RedisTicketSequence;
import dev.watchkeeper.redis.ticket.RedisTicketStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two application instances, each with its own connection, working one Redis. */
class TwoInstancesIT {
    private final TestRedis.Connections connections = TestRedis.shared().connections();
    private final String prefix = TestRedis.freshPrefix();
    private final RedisStores first = connections.open(prefix);
    private final RedisStores second = connections.open(prefix);

    @AfterEach
    void close() {
        connections.close();
    }

    @Test
    void oneEventIsProcessedByOneInstance() {
        EventDeduplicator a = new RedisEventDeduplicator(first, Duration.ofMinutes(5));
        EventDeduplicator b = new RedisEventDeduplicator(second, Duration.ofMinutes(5));

        CompletableFuture<Boolean> onA = CompletableFuture.supplyAsync(() -> a.firstTime("telegram:update:991"));
        CompletableFuture<Boolean> onB = CompletableFuture.supplyAsync(() -> b.firstTime("telegram:update:991"));

        assertThat(List.of(onA.join(), onB.join())).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void oneClaimWinsAcrossInstancesAndIdsStayUnique() throws Exception {
        TicketStore a = new RedisTicketStore(first);
        TicketStore b = new RedisTicketStore(second);
        RedisTicketSequence sequenceA = new RedisTicketSequence(first, 1000);
        RedisTicketSequence sequenceB = new RedisTicketSequence(second, 1000);
        Set<Long> numbers = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            assertThat(numbers.add(sequenceA.next())).isTrue();
            assertThat(numbers.add(sequenceB.next())).isTrue();
        }
        Ticket open = a.openOrGet(
                TicketStoreContract.ticket(numbers.iterator().next(), UserRef.member(Platform.TELEGRAM, "42")));
        Ticket seenByB = b.find(open.id()).orElseThrow();
        UserRef bob = UserRef.member(Platform.DISCORD, "900");
        UserRef carol = UserRef.member(Platform.DISCORD, "901");
        CountDownLatch go = new CountDownLatch(1);

        List<CompletableFuture<Optional<Ticket>>> claims = new ArrayList<>();
        claims.add(CompletableFuture.supplyAsync(() -> claim(a, open, bob, go)));
        claims.add(CompletableFuture.supplyAsync(() -> claim(b, seenByB, carol, go)));
        go.countDown();

        long winners = claims.stream()
                .map(CompletableFuture::join)
                .filter(Optional::isPresent)
                .count();
        assertThat(winners).isEqualTo(1);
        Ticket stored = b.find(open.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(TicketStatus.CLAIMED);
        assertThat(a.find(open.id())).contains(stored);
    }

    @Test
    void twoInstancesSendingAsOneBotStayWithinItsLimitsTogether() throws Exception {
        List<SendRateLimiter> instances = List.of(
                new RedisSendRateLimiter(first, SendLimits.telegram()),
                new RedisSendRateLimiter(second, SendLimits.telegram()));
        Instant start = Instant.now();
        CyclicBarrier together = new CyclicBarrier(instances.size());
        Map<String, List<Instant>> sent = new ConcurrentHashMap<>();

        try (ExecutorService threads = Executors.newFixedThreadPool(instances.size())) {
            List<CompletableFuture<Void>> runs = instances.stream()
                    .map(limiter -> CompletableFuture.runAsync(
                            () -> {
                                // every 25 ms for two minutes: the group, and one of 40 private chats
                                // (each of them every second); both instances at the same moments
                                for (int step = 0; step < 4_800; step++) {
                                    Instant now = start.plusMillis(25L * step);
                                    await(together);
                                    send(limiter, "-100", true, now, sent);
                                    send(limiter, "p" + step % 40, false, now, sent);
                                }
                            },
                            threads))
                    .toList();
            runs.forEach(CompletableFuture::join);
        }

        List<Instant> all = sent.values().stream().flatMap(List::stream).toList();
        assertThat(mostInAnyWindow(all, Duration.ofSeconds(1))).isEqualTo(30);
        assertThat(mostInAnyWindow(sent.get("-100"), Duration.ofMinutes(1))).isEqualTo(20);
        sent.forEach((chat, times) -> assertThat(mostInAnyWindow(times, Duration.ofSeconds(1)))
                .as(chat)
                .isEqualTo(1));
    }

    private static void send(
            SendRateLimiter limiter, String chat, boolean group, Instant now, Map<String, List<Instant>> sent) {
        if (limiter.tryAcquire("telegram:1", chat, group, now).isZero()) {
            sent.computeIfAbsent(chat, c -> new CopyOnWriteArrayList<>()).add(now);
        }
    }

    /** The most sends in a window of this length: each counts until exactly {@code window} after it. */
    private static int mostInAnyWindow(List<Instant> times, Duration window) {
        List<Instant> sorted = times.stream().sorted().toList();
        int most = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (!sorted.get(from).plus(window).isAfter(sorted.get(to))) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other instance did not keep up", e);
        }
    }

    private static Optional<Ticket> claim(TicketStore store, Ticket ticket, UserRef agent, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return store.compareAndSet(ticket, TicketStoreContract.claimed(ticket, agent));
    }
}
