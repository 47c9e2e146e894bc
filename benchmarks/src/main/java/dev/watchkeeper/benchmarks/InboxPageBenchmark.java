package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.MemberSide;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.SlaPolicy;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketContent;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TicketTimes;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.text.ContextExtractor;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import dev.watchkeeper.redis.ticket.RedisTicketStore;
import dev.watchkeeper.web.inbox.ConversationSummarizer;
import dev.watchkeeper.web.inbox.ConversationSummary;
import dev.watchkeeper.web.inbox.InboxFilter;
import dev.watchkeeper.web.inbox.InboxPage;
import dev.watchkeeper.web.inbox.TicketInbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The console's ticket inbox over 10,000 open tickets in a real Redis server ({@code redis-server}
 * from the PATH, else the embedded-redis binary), each with a conversation of eight turns: the
 * first page of every open ticket (what the inbox opens on: the store's status listings, the
 * filter, the sort, 50 rows), a narrow filter (one agent's tickets in one language), and a
 * ticket's page data (the ticket and its summary). An instance keeps the lines it has read and
 * re-reads those whose version changed: the first page is measured as it stands, after ten
 * tickets changed, and on a fresh instance (every line read). The template adds the rendering of
 * 50 rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class InboxPageBenchmark {
    static final int TICKETS = 10_000;
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-1002", ChatType.GROUP);
    private static final List<String> LANGUAGES = List.of("en", "en", "en", "ru", "es", "pt", "tr", "zh");
    private static final List<UserRef> AGENTS = List.of(
            new UserRef(Platform.TELEGRAM, "700", "alex", "Alex", false),
            new UserRef(Platform.DISCORD, "701", "kai", "Kai", false),
            new UserRef(Platform.TELEGRAM, "702", "noor", "Noor", false));

    private TestRedis server;
    private RedisStores redis;
    private TicketStore tickets;
    private TicketInbox inbox;
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private ConversationSummarizer summarizer;
    private final InboxFilter narrow = InboxFilter.parse(Map.of("assignee", "me", "language", "en"));
    private final AccountId me = AccountId.of(AGENTS.getFirst());

    @Setup(Level.Trial)
    public void build() {
        server = TestRedis.startNew("everysec");
        redis = RedisStores.connect(server.url(), "wk-bench-inbox:", Duration.ofSeconds(5), 10_000);
        tickets = new RedisTicketStore(redis);
        Random random = new Random(42);
        ContextExtractor extractor = new ContextExtractor();
        for (int i = 0; i < TICKETS; i++) {
            tickets.openOrGet(ticket(i, random, extractor));
        }
        inbox = new TicketInbox(tickets, SlaPolicy.defaults(), clock);
        summarizer = ConversationSummarizer.bundled();
    }

    @TearDown(Level.Trial)
    public void close() {
        redis.close();
        server.stop();
    }

    @Benchmark
    public InboxPage firstPageOfEveryOpenTicket() {
        return inbox.page(InboxFilter.open(), me);
    }

    /** Ten tickets changed (on any instance) since this instance last listed them. */
    @State(Scope.Thread)
    public static class Churn {
        private final Random random = new Random(7);

        @Setup(Level.Invocation)
        public void changeTen(InboxPageBenchmark benchmark) {
            for (int i = 0; i < 10; i++) {
                Ticket ticket = benchmark
                        .tickets
                        .find(TicketId.of("WK", 1000 + random.nextInt(TICKETS)))
                        .orElseThrow();
                benchmark.tickets.compareAndSet(ticket, ticket.withStatus(ticket.status(), ticket.assignee(), NOW));
            }
        }
    }

    @Benchmark
    public InboxPage firstPageAfterTenTicketsChanged(Churn churn) {
        return inbox.page(InboxFilter.open(), me);
    }

    /** An instance that has not listed the inbox yet (just started) reads every line. */
    @Benchmark
    public InboxPage firstPageOnAFreshInstance() {
        return new TicketInbox(new RedisTicketStore(redis), SlaPolicy.defaults(), clock).page(InboxFilter.open(), me);
    }

    @Benchmark
    public InboxPage myEnglishTickets() {
        return inbox.page(narrow, me);
    }

    @Benchmark
    public ConversationSummary ticketPage() {
        return summarizer.summarize(tickets.find(TicketId.of("WK", 1000 + 4321))
                .orElseThrow()
                .content()
                .transcript());
    }

    private static Ticket ticket(int i, Random random, ContextExtractor extractor) {
        UserRef member = new UserRef(
                i % 3 == 0 ? Platform.DISCORD : Platform.TELEGRAM,
                Integer.toString(100_000 + i),
                null,
                "Member " + i,
                false);
        Instant opened = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 72)));
        List<Turn> turns = new ArrayList<>();
        String tx = "0x" + "%016x".formatted(random.nextLong()).repeat(4);
        String[] said = {
            "Hello, my withdrawal of " + (10 + random.nextInt(990)) + " USDT is stuck since yesterday.",
            "I'm sorry to hear that. Withdrawals usually take up to 30 minutes.",
            "It still shows pending. The tx is " + tx + " and my UID is " + (10_000_000 + i) + ".",
            "/human",
            "An agent will take over shortly.",
            "Any news? I need the funds today.",
            "Checking with the payments team.",
            "Thanks, waiting."
        };
        Turn.Speaker[] speakers = {
            Turn.Speaker.MEMBER, Turn.Speaker.BOT, Turn.Speaker.MEMBER, Turn.Speaker.MEMBER,
            Turn.Speaker.BOT, Turn.Speaker.MEMBER, Turn.Speaker.NOTE, Turn.Speaker.MEMBER
        };
        for (int t = 0; t < said.length; t++) {
            turns.add(new Turn(speakers[t], said[t], null, opened.plusSeconds(30L * t)));
        }
        UserRef assignee = random.nextInt(3) == 0 ? AGENTS.get(random.nextInt(AGENTS.size())) : null;
        Priority priority = Priority.values()[random.nextInt(Priority.values().length)];
        return new Ticket(
                TicketId.of("WK", 1000 + i),
                0,
                "123-456",
                HandOver.Reason.REQUESTED,
                priority == Priority.HIGH ? Category.WITHDRAWAL : Category.OTHER,
                priority,
                assignee == null ? TicketStatus.OPEN : TicketStatus.CLAIMED,
                MemberSide.from(member, new ChatRef(member.platform(), member.id(), ChatType.PRIVATE)),
                new StaffSpace(STAFF, Integer.toString(i)),
                LANGUAGES.get(random.nextInt(LANGUAGES.size())),
                assignee,
                new TicketContent(turns, extractor.extract(String.join("\n", said)), null),
                TicketTimes.openedAt(opened),
                null,
                Set.of());
    }
}
