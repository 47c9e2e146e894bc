package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.UserRef;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** Moderation cases in this process's memory, for the demo and tests. Thread-safe; never blocks. */
public final class InMemoryModerationCaseStore implements ModerationCaseStore {
    private final ConcurrentMap<CaseId, ModerationCase> cases = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public CaseId nextId() {
        return CaseId.of(sequence.incrementAndGet());
    }

    @Override
    public void add(ModerationCase moderationCase) {
        if (cases.putIfAbsent(moderationCase.id(), moderationCase) != null) {
            throw new IllegalStateException("case exists: " + moderationCase.id());
        }
    }

    @Override
    public Optional<ModerationCase> find(CaseId id) {
        return Optional.ofNullable(cases.get(id));
    }

    @Override
    public Optional<ModerationCase> resolve(ModerationCase open, ModerationCase resolved) {
        if (open.status() != ModerationCase.Status.OPEN) {
            return Optional.empty();
        }
        return cases.replace(open.id(), open, resolved) ? Optional.of(resolved) : Optional.empty();
    }

    /** Every case, oldest first, for a backup. */
    public List<ModerationCase> all() {
        return cases.values().stream()
                .sorted(Comparator.comparing(ModerationCase::createdAt))
                .toList();
    }

    /**
     * Stores a case from a backup as it is, replacing one with the same id, and gives later cases
     * greater ids than it.
     */
    public void restore(ModerationCase moderationCase) {
        cases.put(moderationCase.id(), moderationCase);
        advancePast(moderationCase.id().number());
    }

    /** Makes every later case number greater than {@code number}, unless they already are. */
    public void advancePast(long number) {
        sequence.accumulateAndGet(number, Math::max);
    }

    @Override
    public List<ModerationCase> open() {
        return cases.values().stream()
                .filter(c -> c.status() == ModerationCase.Status.OPEN)
                .sorted(Comparator.comparing(ModerationCase::createdAt))
                .toList();
    }

    @Override
    public List<ModerationCase> authoredBy(UserRef member, int limit) {
        ModerationCaseStore.checkPage(0, limit);
        return cases.values().stream()
                .filter(c -> c.author() != null
                        && c.author().platform() == member.platform()
                        && c.author().id().equals(member.id()))
                .sorted(Comparator.comparing(ModerationCase::createdAt)
                        .thenComparing(c -> c.id().number())
                        .reversed())
                .limit(limit)
                .toList();
    }
}
