package dev.watchkeeper.core.ticket.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.text.Amount;
import dev.watchkeeper.core.ticket.text.Chain;
import dev.watchkeeper.core.ticket.text.ChainReference;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link TicketStore} must have. Extended by the in-memory test here and by
 * the Redis integration test; {@link #reopened} lets a persistent store prove it survives a
 * restart.
 */
public abstract class TicketStoreContract {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final UserRef MEMBER = UserRef.member(Platform.TELEGRAM, "42");
    private static final UserRef AGENT = UserRef.member(Platform.DISCORD, "900");
    private static final UserRef OTHER_MEMBER = UserRef.member(Platform.DISCORD, "43");
    private static final ChatRef STAFF = new ChatRef(Platform.DISCORD, "staff", ChatType.GROUP);

    private static final TicketContext CONTEXT = new TicketContext(
            List.of(new ChainReference(ChainReference.Kind.TRANSACTION, "0xabc123", Chain.EVM)),
            List.of(),
            List.of("UID 7781"),
            List.of(new Amount(new BigDecimal("250.00"), "USDT")));

    protected TicketStore store;

    /** The ticket as claimed by an agent (for tests outside this package). */
    public static Ticket claimed(Ticket ticket, UserRef agent) {
        return ticket.withStatus(TicketStatus.CLAIMED, agent, NOW);
    }

    /** A new, empty store. */
    protected abstract TicketStore newStore();

    /** A store instance over the same data, as after a restart; the same instance if it cannot restart. */
    protected TicketStore reopened(TicketStore current) {
        return current;
    }

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    public static Ticket ticket(long number, UserRef member) {
        return new Ticket(
                TicketId.of("WK", number),
                0,
                "123-456",
                HandOver.Reason.REQUESTED,
                Category.OTHER,
                Priority.NORMAL,
                TicketStatus.OPEN,
                MemberSide.from(member, new ChatRef(member.platform(), member.id(), ChatType.PRIVATE)),
                new StaffSpace(STAFF, null),
                "en",
                null,
                new TicketContent(List.of(), TicketContext.empty(), null),
                TicketTimes.openedAt(NOW),
                null,
                Set.of());
    }

    @Test
    void aMemberGetsOneOpenTicketEvenWhenOpeningConcurrently() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Ticket>> opened = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long number = 1000 + i;
                opened.add(pool.submit(() -> {
                    start.await();
                    return store.openOrGet(ticket(number, MEMBER));
                }));
            }
            start.countDown();
            List<TicketId> ids = new ArrayList<>();
            for (Future<Ticket> f : opened) {
                ids.add(f.get(10, TimeUnit.SECONDS).id());
            }

            assertThat(ids).containsOnly(ids.getFirst());
            assertThat(store.ticketsOf(AccountId.of(MEMBER))).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void linesOfAStatusFollowEveryChangeAndCarryTheMembersLastWords() {
        Ticket stored = store.openOrGet(ticket(1000, MEMBER)
                .withTurn(new Turn(Turn.Speaker.MEMBER, "my deposit is missing", null, NOW), TicketContext.empty(), 50)
                .withTurn(new Turn(Turn.Speaker.MEMBER, "/human", null, NOW), TicketContext.empty(), 50));
        store.openOrGet(ticket(1001, OTHER_MEMBER));

        assertThat(store.linesWithStatus(TicketStatus.OPEN))
                .containsExactlyElementsOf(store.withStatus(TicketStatus.OPEN).stream()
                        .map(TicketLine::of)
                        .toList());
        assertThat(store.linesWithStatus(TicketStatus.OPEN).getFirst().lastWords())
                .isEqualTo("my deposit is missing");

        Ticket claimed = store.compareAndSet(stored, stored.withStatus(TicketStatus.CLAIMED, AGENT, NOW))
                .orElseThrow();
        assertThat(store.linesWithStatus(TicketStatus.OPEN))
                .extracting(TicketLine::id)
                .containsExactly(TicketId.of("WK", 1001));
        assertThat(store.linesWithStatus(TicketStatus.CLAIMED)).containsExactly(TicketLine.of(claimed));
        assertThat(store.linesWithStatus(TicketStatus.CLAIMED).getFirst().version())
                .isEqualTo(claimed.version());
    }

    @Test
    void linesShowAChangeMadeThroughAnotherInstance() {
        Ticket stored = store.openOrGet(ticket(1000, MEMBER));
        TicketStore other = reopened(store);
        assertThat(store.linesWithStatus(TicketStatus.OPEN)).containsExactly(TicketLine.of(stored));

        Ticket claimed = other.compareAndSet(stored, stored.withStatus(TicketStatus.OPEN, AGENT, NOW))
                .orElseThrow();

        assertThat(store.linesWithStatus(TicketStatus.OPEN)).containsExactly(TicketLine.of(claimed));
    }

    @Test
    void compareAndSetRejectsAStaleValue() {
        Ticket stored = store.openOrGet(ticket(1000, MEMBER));
        Ticket claimed = store.compareAndSet(stored, stored.withStatus(TicketStatus.CLAIMED, AGENT, NOW))
                .orElseThrow();

        assertThat(claimed.version()).isEqualTo(stored.version() + 1);
        assertThat(store.compareAndSet(stored, stored.withStatus(TicketStatus.RESOLVED, null, NOW)))
                .isEmpty();
        assertThat(store.find(stored.id())).contains(claimed);
    }

    @Test
    void indexesFollowChanges() {
        Ticket stored = store.openOrGet(ticket(1000, MEMBER));
        StaffSpace thread = new StaffSpace(STAFF, "t-1");
        Ticket claimed = store.compareAndSet(
                        stored, stored.withStaff(thread, NOW).withStatus(TicketStatus.CLAIMED, AGENT, NOW))
                .orElseThrow();

        assertThat(store.withStatus(TicketStatus.OPEN)).isEmpty();
        assertThat(store.withStatus(TicketStatus.CLAIMED)).containsExactly(claimed);
        assertThat(store.assignedTo(AccountId.of(AGENT))).containsExactly(claimed);
        assertThat(store.inSpace(thread)).contains(claimed);
        assertThat(store.openTicketOf(AccountId.of(MEMBER))).contains(claimed);

        Ticket resolved =
                store.compareAndSet(claimed, claimed.resolved("done", NOW)).orElseThrow();

        assertThat(store.assignedTo(AccountId.of(AGENT))).isEmpty();
        assertThat(store.openTicketOf(AccountId.of(MEMBER))).isEmpty();
        assertThat(store.ticketsOf(AccountId.of(MEMBER))).containsExactly(resolved);
        assertThat(store.openOrGet(ticket(1001, MEMBER)).id().value()).isEqualTo("WK-1001");

        store.delete(resolved.id());
        assertThat(store.inSpace(thread)).isEmpty();
        assertThat(store.withStatus(TicketStatus.RESOLVED)).isEmpty();
    }

    @Test
    void ofAgentsClaimingAtOnceExactlyOneWins() throws Exception {
        Ticket open = store.openOrGet(ticket(1000, MEMBER));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        AtomicInteger winners = new AtomicInteger();
        try {
            List<Future<Optional<Ticket>>> claims = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                UserRef agent = UserRef.member(Platform.DISCORD, "70" + i);
                claims.add(pool.submit(() -> {
                    start.await();
                    return store.compareAndSet(open, open.withStatus(TicketStatus.CLAIMED, agent, NOW));
                }));
            }
            start.countDown();
            for (Future<Optional<Ticket>> claim : claims) {
                claim.get(10, TimeUnit.SECONDS).ifPresent(t -> winners.incrementAndGet());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(winners).hasValue(1);
        Ticket stored = store.find(open.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(TicketStatus.CLAIMED);
        assertThat(store.assignedTo(AccountId.of(stored.assignee()))).containsExactly(stored);
        assertThat(store.withStatus(TicketStatus.CLAIMED)).containsExactly(stored);
    }

    @Test
    void keepsEverythingAcrossARestart() {
        Ticket stored = store.openOrGet(ticket(1000, MEMBER));
        StaffSpace thread = new StaffSpace(STAFF, "t-9");
        Rating rating = new Rating(5, "quick and kind", false, NOW);
        Ticket resolved = store.compareAndSet(
                        stored,
                        stored.withStaff(thread, NOW)
                                .withStatus(TicketStatus.CLAIMED, AGENT, NOW)
                                .withTurn(
                                        new Turn(Turn.Speaker.MEMBER, "my deposit [redacted]", null, NOW), CONTEXT, 20)
                                .resolved("refunded", NOW)
                                .rated(rating)
                                .breached(SlaKind.FIRST_RESPONSE))
                .orElseThrow();

        TicketStore after = reopened(store);

        assertThat(after.find(stored.id())).contains(resolved);
        assertThat(after.inSpace(thread)).contains(resolved);
        assertThat(after.withStatus(TicketStatus.RESOLVED)).containsExactly(resolved);
        assertThat(after.find(stored.id()).orElseThrow().rating()).isEqualTo(rating);
    }

    @Test
    void unknownTicketsAreEmpty() {
        assertThat(store.find(new TicketId("WK-404"))).isEmpty();
        assertThat(store.openTicketOf(AccountId.of(MEMBER))).isEmpty();
        assertThat(store.compareAndSet(ticket(404, MEMBER), ticket(404, MEMBER)))
                .isEmpty();
        store.delete(new TicketId("WK-404"));
    }
}
