package dev.watchkeeper.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.faq.AnswerVote;
import dev.watchkeeper.core.faq.FeedbackTotals;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStoreContract;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.redis.audit.RedisAuditLog;
import dev.watchkeeper.redis.faq.RedisAnswerFeedback;
import dev.watchkeeper.redis.ticket.RedisSupportCounters;
import dev.watchkeeper.redis.ticket.RedisTicketStore;
import dev.watchkeeper.redis.ticket.RedisTranscriptLog;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Redis stopped and started again under load: buffered writes all land, ticket calls say the store is away. */
class RedisOutageIT {
    private static final Instant T = Instant.parse("2026-11-21T12:00:00Z");

    private final TestRedis server = TestRedis.shared();
    private final TestRedis.Connections connections = server.connections();

    @AfterEach
    void close() {
        server.start();
        connections.close();
    }

    @Test
    void writesDuringAnOutageLandWhenRedisReturnsAndTicketCallsSayTheStoreIsAway() throws Exception {
        RedisStores redis = connections.open(TestRedis.freshPrefix());
        RedisAuditLog audit = new RedisAuditLog(redis);
        RedisSupportCounters counters = new RedisSupportCounters(redis);
        RedisAnswerFeedback feedback = new RedisAnswerFeedback(redis);
        RedisTranscriptLog transcripts = new RedisTranscriptLog(redis, 1000);
        RedisTicketStore tickets = new RedisTicketStore(redis);
        ConversationKey alice = new ConversationKey(new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE), "42");
        Ticket open = tickets.openOrGet(TicketStoreContract.ticket(1000, UserRef.member(Platform.TELEGRAM, "42")));

        int total = 300;
        for (int i = 0; i < total; i++) {
            if (i == 100) {
                server.stop();
            }
            if (i == 200) {
                server.start();
            }
            audit.record(new AuditEntry(T.plusSeconds(i), "system", "load", "n" + i, "entry " + i));
            counters.add("bot.answers", 1);
            feedback.record(new AnswerVote("deposit-missing", i % 2 == 0, Platform.TELEGRAM, T.plusSeconds(i)));
            transcripts.append(alice, new Turn(Turn.Speaker.MEMBER, "message " + i, null, T.plusSeconds(i)));
            if (i == 150) {
                assertThatThrownBy(() -> tickets.compareAndSet(open, open))
                        .isInstanceOf(StoreUnavailableException.class);
                assertThatThrownBy(() -> tickets.openTicketOf(open.member().account()))
                        .isInstanceOf(StoreUnavailableException.class);
                assertThat(redis.isUp()).isFalse();
            }
        }

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (redis.writeBehind().pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        assertThat(redis.isUp()).isTrue();
        assertThat(redis.writeBehind().pending()).isZero();
        assertThat(redis.writeBehind().dropped()).isZero();
        assertThat(audit.since(T)).hasSize(total);
        assertThat(audit.since(T)).extracting(AuditEntry::subject).startsWith("n0", "n1", "n2");
        assertThat(counters.get("bot.answers")).isEqualTo(total);
        assertThat(feedback.totals("deposit-missing")).isEqualTo(new FeedbackTotals(total / 2, total / 2));
        assertThat(transcripts.recent(alice)).hasSize(total);
        assertThat(tickets.find(open.id())).contains(open);
    }

    @Test
    void aFullBufferDropsNewWritesAndCountsThem() {
        WriteBehind buffer = new WriteBehind(2, Duration.ofHours(1), Duration.ofSeconds(1));
        Supplier<CompletionStage<Void>> failing = () -> CompletableFuture.failedFuture(new RedisException("down"));
        buffer.write("a", failing);
        buffer.write("b", failing);
        buffer.write("c", failing);

        assertThat(buffer.pending()).isEqualTo(2);
        assertThat(buffer.dropped()).isEqualTo(1);
        buffer.close();
    }

    @Test
    void connectsInTheBackgroundWhenRedisIsDownAtStart() throws Exception {
        server.stop();
        RedisStores redis = connections.open(TestRedis.freshPrefix());
        RedisTicketStore tickets = new RedisTicketStore(redis);
        RedisAuditLog audit = new RedisAuditLog(redis);

        assertThat(redis.isUp()).isFalse();
        assertThatThrownBy(() ->
                        tickets.openTicketOf(TicketStoreContract.ticket(1, UserRef.member(Platform.TELEGRAM, "42"))
                                .member()
                                .account()))
                .isInstanceOf(StoreUnavailableException.class);
        audit.record(new AuditEntry(T, "system", "load", "kept", "written once Redis answers"));

        server.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((!redis.isUp() || redis.writeBehind().pending() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(redis.isUp()).isTrue();
        assertThat(audit.since(T)).extracting(AuditEntry::subject).containsExactly("kept");
    }
}
