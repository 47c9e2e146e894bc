package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.AnswerVote;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryQuestionLog;
import dev.watchkeeper.core.faq.MissedQuestion;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.model.MemberSide;
import dev.watchkeeper.core.ticket.model.Rating;
import dev.watchkeeper.core.ticket.model.SlaKind;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketContent;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TicketTimes;
import dev.watchkeeper.core.ticket.text.TicketContext;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import dev.watchkeeper.redis.faq.RedisAnswerFeedback;
import dev.watchkeeper.redis.faq.RedisQuestionLog;
import dev.watchkeeper.redis.ticket.RedisTicketStore;
import dev.watchkeeper.web.dashboard.DashboardFigures;
import dev.watchkeeper.web.dashboard.DashboardRange;
import dev.watchkeeper.web.dashboard.SupportDashboard;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The supervisor dashboard's figures of 30 and 90 days, computed afresh (no reuse), over 10,000
 * tickets of the last 90 days (most resolved and rated, some past their SLA), 500 missed
 * questions and day counts, in memory and in a real Redis server the benchmark starts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class DashboardBenchmark {
    private static final int TICKETS = 10_000;
    private static final Category[] CATEGORIES = Category.values();
    private static final List<String> LANGUAGES = List.of("en", "en", "ru", "es", "pt", "tr", "zh");

    @Param({"memory", "redis"})
    public String store;

    private TestRedis server;
    private RedisStores redis;
    private LuceneKnowledgeBase knowledgeBase;
    private SupportDashboard dashboard;
    private DashboardRange month;
    private DashboardRange quarter;

    @Setup(Level.Trial)
    public void fill() {
        TicketStore tickets;
        QuestionLog questions;
        AnswerFeedback feedback;
        if (store.equals("redis")) {
            server = TestRedis.startNew("everysec");
            redis = RedisStores.connect(server.url(), "wk-bench:", Duration.ofSeconds(2), 10_000);
            tickets = new RedisTicketStore(redis);
            questions = new RedisQuestionLog(redis, 500, 400);
            feedback = new RedisAnswerFeedback(redis);
        } else {
            tickets = new InMemoryTicketStore();
            questions = new InMemoryQuestionLog(500, 400);
            feedback = new InMemoryAnswerFeedback();
        }
        Instant now = Instant.now();
        Random random = new Random(42);
        for (int i = 0; i < TICKETS; i++) {
            tickets.openOrGet(ticket(i, now.minusSeconds(random.nextLong(90L * 86_400)), random));
        }
        for (int i = 0; i < 20_000; i++) {
            Instant at = now.minusSeconds(random.nextLong(90L * 86_400));
            if (i % 10 == 0) {
                questions.missed(new MissedQuestion("question " + random.nextInt(300), "en", Platform.TELEGRAM, at));
            } else {
                questions.answered(at);
            }
            if (i % 20 == 0) {
                feedback.record(
                        new AnswerVote("entry-" + random.nextInt(80), random.nextBoolean(), Platform.DISCORD, at));
            }
        }
        knowledgeBase = LuceneKnowledgeBase.fromFolder(
                Path.of("knowledge/src/main/resources/kb"), new KnowledgeOptions(null, false, Duration.ZERO));
        Clock clock = Clock.systemUTC();
        dashboard =
                new SupportDashboard(tickets, questions, feedback, knowledgeBase, clock, Duration.ZERO, Runnable::run);
        month = new DashboardRange(30, dashboard.today());
        quarter = new DashboardRange(90, dashboard.today());
    }

    @TearDown(Level.Trial)
    public void close() {
        knowledgeBase.close();
        if (redis != null) {
            redis.close();
            server.stop();
        }
    }

    /** What a page waits for when every request recomputes the figures (the first of a range, each day). */
    @Benchmark
    public DashboardFigures thirtyDays() {
        return dashboard.figures(month);
    }

    @Benchmark
    public DashboardFigures ninetyDays() {
        return dashboard.figures(quarter);
    }

    private static Ticket ticket(int i, Instant opened, Random random) {
        Platform platform = i % 3 == 0 ? Platform.DISCORD : Platform.TELEGRAM;
        UserRef member = new UserRef(platform, "member-" + i, "m" + i, "Member " + i, false);
        Category category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        boolean resolved = random.nextInt(10) < 8;
        Instant responded = opened.plusSeconds(60 + random.nextLong(6 * 3600));
        Instant closed = responded.plusSeconds(600 + random.nextLong(48 * 3600));
        return new Ticket(
                TicketId.of("WK", 1000 + i),
                0,
                "123-456",
                HandOver.Reason.REQUESTED,
                category,
                category.priority(),
                resolved ? TicketStatus.RESOLVED : TicketStatus.OPEN,
                MemberSide.from(member, new ChatRef(platform, member.id(), ChatType.PRIVATE)),
                new StaffSpace(new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP), null),
                LANGUAGES.get(random.nextInt(LANGUAGES.size())),
                null,
                new TicketContent(List.of(), TicketContext.empty(), resolved ? "done" : null),
                new TicketTimes(opened, responded, resolved ? closed : null, resolved ? closed : responded),
                resolved && random.nextBoolean() ? new Rating(1 + random.nextInt(5), null, false, closed) : null,
                random.nextInt(10) == 0 ? Set.of(SlaKind.FIRST_RESPONSE) : Set.of());
    }
}
