package dev.watchkeeper.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.EventDeduplicator;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.Ticket;
import dev.watchkeeper.core.ticket.TicketStatus;
import dev.watchkeeper.core.ticket.TicketStore;
import dev.watchkeeper.core.ticket.TicketStoreContract;
import dev.watchkeeper.redis.bot.RedisEventDeduplicator;
import dev.watchkeeper.redis.ticket.RedisTicketSequence;
import dev.watchkeeper.redis.ticket.RedisTicketStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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

    private static Optional<Ticket> claim(TicketStore store, Ticket ticket, UserRef agent, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return store.compareAndSet(ticket, TicketStoreContract.claimed(ticket, agent));
    }
}
