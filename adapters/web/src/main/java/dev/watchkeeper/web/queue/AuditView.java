package dev.watchkeeper.web.queue;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The audit log, newest first, a page at a time, over a recent window ({@link #WINDOW}),
 * filtered by actor and by action (each a part of the text, case-insensitive, empty for any).
 * Thread-safe; blocks while the log does (reading the window's entries).
 */
public final class AuditView {
    /** How far back the log page reads. */
    public static final Duration WINDOW = Duration.ofDays(30);

    private final AuditLog audit;
    private final Clock clock;

    public AuditView(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** The page asked for (from 1) of the entries whose actor and action contain the filters. */
    public Paged<AuditEntry> page(String actor, String action, int asked) {
        String who = actor.strip().toLowerCase(Locale.ROOT);
        String what = action.strip().toLowerCase(Locale.ROOT);
        List<AuditEntry> matching = recent().stream()
                .filter(e -> e.actor().toLowerCase(Locale.ROOT).contains(who))
                .filter(e -> e.action().toLowerCase(Locale.ROOT).contains(what))
                .toList();
        return Paged.of(matching, asked);
    }

    /** The window's entries, newest first. */
    List<AuditEntry> recent() {
        return audit.since(clock.instant().minus(WINDOW)).reversed();
    }
}
