package dev.watchkeeper.core.ticket.report;

import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.FeedbackSummary;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.Rating;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Computes a {@link SupportReport} over tickets. Pure; reads the stores only in {@link #all} and
 * {@link #report}.
 */
public final class SupportStats {
    /** How many of the answers members found least helpful a report names. */
    static final int LEAST_HELPFUL_LISTED = 5;

    private SupportStats() {}

    /**
     * The report on every ticket and answer vote in the stores. May block as long as they do.
     *
     * @param botAnswers questions the bot answered without a ticket, negative when unknown
     */
    public static SupportReport report(TicketStore tickets, AnswerFeedback feedback, long botAnswers, Instant now) {
        return compute(all(tickets), botAnswers, feedback.summary(LEAST_HELPFUL_LISTED), now);
    }

    /** Every ticket in the store, by status. May block as long as the store does. */
    public static List<Ticket> all(TicketStore store) {
        List<Ticket> all = new ArrayList<>();
        for (TicketStatus status : TicketStatus.values()) {
            all.addAll(store.withStatus(status));
        }
        return all;
    }

    /**
     * The figures of these tickets.
     *
     * @param tickets the tickets
     * @param botAnswers questions the bot answered without a ticket, negative when unknown
     * @param answerFeedback members' votes on the bot's answers
     * @param now the time of the report (kept for symmetry with the other pure calls)
     */
    public static SupportReport compute(
            Collection<Ticket> tickets, long botAnswers, FeedbackSummary answerFeedback, Instant now) {
        Objects.requireNonNull(now, "now");
        List<Duration> firstResponses = durations(tickets, t -> t.times().firstResponseAt());
        List<Duration> resolutions = durations(tickets, t -> t.times().resolvedAt());
        List<Integer> scores = tickets.stream()
                .map(Ticket::rating)
                .filter(Objects::nonNull)
                .map(Rating::score)
                .toList();
        double deflection = botAnswers < 0 || botAnswers + tickets.size() == 0
                ? Double.NaN
                : (double) botAnswers / (botAnswers + tickets.size());
        return new SupportReport(
                tickets.size(),
                count(tickets, Ticket::category, Category.class),
                count(tickets, Ticket::priority, Priority.class),
                count(tickets, t -> t.member().member().platform(), Platform.class),
                count(tickets.stream().filter(t -> t.status().isOpen()).toList(), Ticket::status, TicketStatus.class),
                percentile(firstResponses, 0.5),
                percentile(firstResponses, 0.9),
                percentile(resolutions, 0.5),
                percentile(resolutions, 0.9),
                scores.stream().mapToInt(Integer::intValue).average().orElse(Double.NaN),
                scores.size(),
                tickets.stream().mapToInt(t -> t.breaches().size()).sum(),
                botAnswers,
                deflection,
                answerFeedback);
    }

    private static List<Duration> durations(Collection<Ticket> tickets, Function<Ticket, @Nullable Instant> end) {
        List<Duration> out = new ArrayList<>();
        for (Ticket t : tickets) {
            Instant at = end.apply(t);
            if (at != null) {
                out.add(Duration.between(t.times().openedAt(), at));
            }
        }
        out.sort(null);
        return out;
    }

    static @Nullable Duration percentile(List<Duration> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static <E extends Enum<E>> Map<E, Long> count(
            Collection<Ticket> tickets, Function<Ticket, E> key, Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        tickets.forEach(t -> counts.merge(key.apply(t), 1L, Long::sum));
        return counts;
    }
}
