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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The supervisor's dashboard over the stores: reads the tickets, the question log, the answer
 * votes and the knowledge base's titles, and computes the figures of a range of days. The figures
 * of a range are reused for {@code maxAge}: a page and the chart data its script fetches right
 * after are one computation, and supervisors reloading the page do not each read every ticket.
 * Thread-safe; blocks while the stores are read (every ticket kept, one read of the day counts,
 * one of the missed questions, one of the votes).
 */
public final class SupportDashboard {
    /** How many of the least helpful answers the dashboard lists. */
    static final int LEAST_HELPFUL_LISTED = 10;

    private final TicketStore tickets;
    private final QuestionLog questions;
    private final AnswerFeedback feedback;
    private final KnowledgeBase knowledgeBase;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<DashboardRange, Computed> computed = new ConcurrentHashMap<>();

    /**
     * @param maxAge how long the figures of a range are reused before they are computed again
     */
    public SupportDashboard(
            TicketStore tickets,
            QuestionLog questions,
            AnswerFeedback feedback,
            KnowledgeBase knowledgeBase,
            Clock clock,
            Duration maxAge) {
        this.maxAge = maxAge;
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

    /** The figures of the range, at most {@code maxAge} old. */
    public DashboardFigures figures(DashboardRange range) {
        Instant now = clock.instant();
        Computed last = computed.get(range);
        if (last != null && !now.isBefore(last.at()) && !now.isAfter(last.at().plus(maxAge))) {
            return last.figures();
        }
        DashboardFigures figures = compute(range);
        computed.keySet().removeIf(r -> !r.last().equals(range.last()));
        computed.put(range, new Computed(now, figures));
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
