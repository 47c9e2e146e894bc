package dev.watchkeeper.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.MemberSide;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.Rating;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketContent;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketTimes;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.text.Amount;
import dev.watchkeeper.core.ticket.text.Chain;
import dev.watchkeeper.core.ticket.text.ChainReference;
import dev.watchkeeper.core.ticket.text.TicketContext;
import dev.watchkeeper.redis.ticket.RedisTicketStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures Redis memory per 1,000 realistic tickets (the README's figure): {@code INFO memory}'s
 * {@code used_memory} before and after storing them, with their indexes. A resolved, rated ticket
 * with a 12-turn transcript of about 110 characters a turn and extracted context.
 */
class MemoryPerThousandTicketsIT {
    private static final Instant T = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void thousandTicketsFitInAFewMegabytes() {
        try (TestRedis.Connections connections = TestRedis.shared().connections()) {
            RedisStores redis = connections.open(TestRedis.freshPrefix());
            RedisTicketStore store = new RedisTicketStore(redis);
            long before = usedMemory(redis);
            for (int i = 0; i < 1000; i++) {
                store.openOrGet(ticket(i));
            }
            long after = usedMemory(redis);
            long perThousand = after - before;
            System.out.printf(
                    "Redis used_memory for 1,000 tickets: %,d bytes (%.2f MiB)%n",
                    perThousand, perThousand / 1048576.0);
            assertThat(perThousand).isBetween(100_000L, 50_000_000L);
        }
    }

    private static long usedMemory(RedisStores redis) {
        String info = redis.commands().info("memory");
        return info.lines()
                .filter(l -> l.startsWith("used_memory:"))
                .mapToLong(
                        l -> Long.parseLong(l.substring("used_memory:".length()).strip()))
                .findFirst()
                .orElseThrow();
    }

    private static Ticket ticket(int n) {
        UserRef member =
                new UserRef(Platform.TELEGRAM, String.valueOf(500_000_000L + n), "member" + n, "Member " + n, false);
        UserRef agent = new UserRef(Platform.DISCORD, "11223344556677" + (n % 20), "agent" + (n % 20), null, false);
        ChatRef group = new ChatRef(Platform.TELEGRAM, "-1001234567890", ChatType.GROUP);
        Instant opened = T.plusSeconds(60L * n);
        List<Turn> turns = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            Turn.Speaker speaker =
                    t % 3 == 0 ? Turn.Speaker.BOT : t % 3 == 1 ? Turn.Speaker.MEMBER : Turn.Speaker.AGENT;
            turns.add(new Turn(
                    speaker,
                    "My USDT withdrawal to TRON has been pending for six hours, txid 4f2a…e91c, please check " + t,
                    speaker == Turn.Speaker.BOT ? "withdrawal-pending" : null,
                    opened.plusSeconds(30L * t)));
        }
        TicketContext context = new TicketContext(
                List.of(new ChainReference(ChainReference.Kind.TRANSACTION, "4f2a9c0e7b1d" + n, Chain.TRON)),
                List.of(new ChainReference(ChainReference.Kind.ADDRESS, "TQ5hNb3k8s7ZyPq2aXw" + n, Chain.TRON)),
                List.of("UID " + (10_000_000 + n)),
                List.of(new Amount(new BigDecimal("250.00"), "USDT")));
        return new Ticket(
                TicketId.of("WK", 1000 + n),
                0,
                "123-456",
                HandOver.Reason.REQUESTED,
                Category.WITHDRAWAL,
                Priority.HIGH,
                TicketStatus.RESOLVED,
                MemberSide.from(member, group),
                new StaffSpace(new ChatRef(Platform.DISCORD, "998877665544332211", ChatType.GROUP), "thread-" + n),
                "en",
                agent,
                new TicketContent(turns, context, "Withdrawal released after the TRON node resynced."),
                new TicketTimes(opened, opened.plusSeconds(300), opened.plusSeconds(3600), opened.plusSeconds(3600)),
                new Rating(5, "fast and kind", false, opened.plusSeconds(3700)),
                Set.of());
    }
}
