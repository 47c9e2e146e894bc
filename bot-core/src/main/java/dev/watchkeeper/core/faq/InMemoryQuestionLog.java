package dev.watchkeeper.core.faq;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;

/**
 * The question log in this process's memory: it starts empty on every start. Keeps the latest
 * {@code capacity} missed questions and the counts of the latest {@code days} days counted on.
 * Thread-safe; never blocks.
 */
public final class InMemoryQuestionLog implements QuestionLog {
    private final int capacity;
    private final int keptDays;
    private final Deque<MissedQuestion> missed = new ArrayDeque<>();
    private final TreeMap<LocalDate, long[]> counts = new TreeMap<>();

    /**
     * @param capacity the most missed questions kept, at least 1
     * @param keptDays the most days whose counts are kept, at least 1
     */
    public InMemoryQuestionLog(int capacity, int keptDays) {
        if (capacity < 1 || keptDays < 1) {
            throw new IllegalArgumentException("capacity and kept days must be at least 1");
        }
        this.capacity = capacity;
        this.keptDays = keptDays;
    }

    @Override
    public synchronized void answered(Instant at) {
        count(at)[0]++;
    }

    @Override
    public synchronized void missed(MissedQuestion question) {
        count(question.at())[1]++;
        missed.addFirst(question);
        while (missed.size() > capacity) {
            missed.removeLast();
        }
    }

    @Override
    public synchronized void voted(boolean helpful, Instant at) {
        count(at)[helpful ? 2 : 3]++;
    }

    @Override
    public synchronized List<MissedQuestion> latestMissed(int limit) {
        return missed.stream().limit(Math.max(0, limit)).toList();
    }

    @Override
    public synchronized List<QuestionDay> days(LocalDate first, LocalDate last) {
        List<QuestionDay> days = new ArrayList<>();
        for (QuestionDay zero : QuestionLog.zeros(first, last)) {
            long[] n = counts.get(zero.day());
            days.add(n == null ? zero : new QuestionDay(zero.day(), n[0], n[1], n[2], n[3]));
        }
        return days;
    }

    private long[] count(Instant at) {
        long[] n = counts.computeIfAbsent(QuestionLog.dayOf(at), day -> new long[4]);
        while (counts.size() > keptDays) {
            counts.pollFirstEntry();
        }
        return n;
    }
}
