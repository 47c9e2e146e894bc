package dev.watchkeeper.web.queue;

import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The moderation queue: the open cases, most urgent first ({@link
 * dev.watchkeeper.core.moderation.CaseUrgency}), a page at a time, read from the store (a page and
 * the count, never every case). Thread-safe; blocks while the store does.
 */
public final class QueueView {
    private final ModerationCaseStore cases;
    private final Clock clock;

    public QueueView(ModerationCaseStore cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** The page asked for (from 1), kept within the pages there are. */
    public Paged<CaseRow> page(int asked) {
        int total = cases.openCount();
        int number = Paged.within(asked, total);
        Instant now = clock.instant();
        List<CaseRow> rows = cases.openByUrgency((number - 1) * Paged.SIZE, Paged.SIZE).stream()
                .map(c -> CaseRow.of(c, now))
                .toList();
        return new Paged<>(rows, number, Paged.pagesFor(total), total);
    }

    /**
     * What a queue page shows, as a short text that changes when a case on it opens or is resolved,
     * or when the number of open cases changes: the count and the page's case ids.
     *
     * @param page the page's number as the page sends it; anything else reads as the first page
     */
    public String fingerprint(String page) {
        int asked;
        try {
            asked = page.isBlank() ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            asked = 1;
        }
        int total = cases.openCount();
        int number = Paged.within(asked, total);
        return total + "|"
                + cases.openByUrgency((number - 1) * Paged.SIZE, Paged.SIZE).stream()
                        .map(ModerationCase::id)
                        .map(Object::toString)
                        .collect(Collectors.joining(","));
    }
}
