package dev.watchkeeper.web.dashboard;

import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.EntryFeedback;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.report.SupportStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's dashboard over the stores: reads the tickets, the question log, the answer
 * votes and the knowledge base's titles, and computes the figures of a range of days.
 *
 * <p>Reading every ticket takes most of a second on Redis with 10,000 tickets, so a range's
 * figures are kept: within {@code maxAge} they are served as they are (a page and the chart data
 * its script fetches right after are one computation); older, they are still served while one
 * computation on the {@code refresher} replaces them. Only the first request for a range (each
 * day) waits for the stores.
 *
 * <p>Thread-safe. {@link #figures} blocks while the stores are read when it must compute (every
 * ticket kept, one read of the day counts, one of the missed questions, one of the votes).
 */
public final class SupportDashboard {
    private static final Logger LOG = LoggerFactory.getLogger(SupportDashboard.class);

    /** How many of the least helpful answers the dashboard lists. */
    static final int LEAST_HELPFUL_LISTED = 10;

    private final TicketStore tickets;
    private final QuestionLog questions;
    private final AnswerFeedback feedback;
    private final KnowledgeBase knowledgeBase;
    private final Clock clock;
    private final Duration maxAge;
    private final Executor refresher;
    private final Map<DashboardRange, Computed> computed = new ConcurrentHashMap<>();
    private final Set<DashboardRange> refreshing = ConcurrentHashMap.newKeySet();

    /**
     * @param maxAge how long the figures of a range are served before they are computed again
     * @param refresher runs the computations that replace figures older than {@code maxAge}
     */
    public SupportDashboard(
            TicketStore tickets,
            QuestionLog questions,
            AnswerFeedback feedback,
            KnowledgeBase knowledgeBase,
            Clock clock,
            Duration maxAge,
            Executor refresher) {
        this.maxAge = maxAge;
        this.refresher = refresher;
        this.tickets = tickets;
        this.questions = questions;
        this.feedback = feedback;
        this.knowledgeBase = knowledgeBase;
        this.clock = clock;
    }

    /** Today in UTC, the last day of every range. */
    public LocalDate today() {
        return QuestionLog.dayOf(clock.instant());
    }

    /**
     * The figures of the range: computed now the first time, then the latest computed, which a
     * computation on the refresher replaces once they are older than {@code maxAge}.
     */
    public DashboardFigures figures(DashboardRange range) {
        Computed last = computed.get(range);
        if (last == null) {
            return computeAndKeep(range);
        }
        Instant now = clock.instant();
        if ((now.isAfter(last.at().plus(maxAge)) || now.isBefore(last.at())) && refreshing.add(range)) {
            try {
                refresher.execute(() -> refresh(range));
            } catch (RejectedExecutionException e) {
                refreshing.remove(range);
            }
        }
        return last.figures();
    }

    private void refresh(DashboardRange range) {
        try {
            computeAndKeep(range);
        } catch (RuntimeException e) {
            LOG.warn("Dashboard figures not refreshed, the last ones stay: {}", e.toString());
        } finally {
            refreshing.remove(range);
        }
    }

    private DashboardFigures computeAndKeep(DashboardRange range) {
        Instant at = clock.instant();
        DashboardFigures figures = compute(range);
        computed.keySet().removeIf(r -> !r.last().equals(range.last()));
        computed.put(range, new Computed(at, figures));
        return figures;
    }

    private DashboardFigures compute(DashboardRange range) {
        return DashboardCalculator.compute(
                range,
                SupportStats.all(tickets),
                questions.days(range.first(), range.last()),
                questions.latestMissed(Integer.MAX_VALUE),
                leastHelpful());
    }

    private record Computed(Instant at, DashboardFigures figures) {}

    private List<EntryHelpfulness> leastHelpful() {
        return feedback.summary(LEAST_HELPFUL_LISTED).mostUnhelpful().stream()
                .map(this::helpfulness)
                .toList();
    }

    private EntryHelpfulness helpfulness(EntryFeedback votes) {
        String title = knowledgeBase
                .entry(votes.entryId(), null)
                .map(KnowledgeEntry::title)
                .orElse(votes.entryId());
        return new EntryHelpfulness(
                votes.entryId(), title, votes.totals().helpful(), votes.totals().unhelpful());
    }
}
