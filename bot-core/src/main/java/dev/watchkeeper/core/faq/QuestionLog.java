package dev.watchkeeper.core.faq;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Port: what became of the questions members asked the bot and their votes on its answers, counted
 * per day (UTC), and the latest
 * questions it could not answer, so that staff can see the deflection over time and write the
 * entries the knowledge base lacks. Bounded: it keeps at most a fixed number of missed questions
 * (the oldest go first) and the day counts of a fixed number of days. Keeps no member.
 *
 * <p>Thread-safe. The writes never report a failure to the caller (a member's answer never waits
 * on this log): a networked implementation may keep a write back while its store is unreachable
 * and blocks for at most one round trip. The reads block for a round trip and throw {@link
 * dev.watchkeeper.core.store.StoreUnavailableException} when the store cannot be reached.
 */
public interface QuestionLog {
    /** Logs nothing and reads empty: for callers that answer questions without keeping figures. */
    QuestionLog NONE = new QuestionLog() {
        @Override
        public void answered(Instant at) {}

        @Override
        public void missed(MissedQuestion question) {}

        @Override
        public void voted(boolean helpful, Instant at) {}

        @Override
        public List<MissedQuestion> latestMissed(int limit) {
            return List.of();
        }

        @Override
        public List<QuestionDay> days(LocalDate first, LocalDate last) {
            return QuestionLog.zeros(first, last);
        }
    };

    /** Counts a question answered from the knowledge base at this time. */
    void answered(Instant at);

    /** Counts a question nothing was close to, and keeps it (its text must already be redacted). */
    void missed(MissedQuestion question);

    /** Counts a member's vote on an answer ("this helped" when {@code helpful}) at this time. */
    void voted(boolean helpful, Instant at);

    /** The latest missed questions kept, newest first, at most {@code limit}. */
    List<MissedQuestion> latestMissed(int limit);

    /**
     * Every day from {@code first} to {@code last} inclusive, in order, with zeros for days nothing
     * was counted on (or whose counts are no longer kept).
     *
     * @throws IllegalArgumentException when {@code last} is before {@code first}
     */
    List<QuestionDay> days(LocalDate first, LocalDate last);

    /** The UTC day of an instant, as every implementation counts it. */
    static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** Every day of the range with zero counts. */
    static List<QuestionDay> zeros(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the range ends (" + last + ") before it starts (" + first + ")");
        }
        List<QuestionDay> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(new QuestionDay(day, 0, 0, 0, 0));
        }
        return days;
    }
}
