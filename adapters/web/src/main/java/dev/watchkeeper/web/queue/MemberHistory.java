package dev.watchkeeper.web.queue;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member's history: the cases about what they wrote (open and resolved, newest first) and the
 * audit entries of the log's recent window that they made or that concern them or those cases.
 * Thread-safe; blocks while the stores do.
 */
public final class MemberHistory {
    /** The most cases and audit entries shown. */
    public static final int LIMIT = 100;

    /**
     * What the history page shows.
     *
     * @param member the account as {@code platform:id}
     * @param name the name their latest case shows, or the account id
     * @param cases their cases, newest first
     * @param audit the audit entries by them or about them or their cases, newest first
     */
    public record History(String member, String name, List<CaseRow> cases, List<AuditEntry> audit) {
        public History {
            cases = List.copyOf(cases);
            audit = List.copyOf(audit);
        }
    }

    private final ModerationCaseStore cases;
    private final AuditView log;
    private final Clock clock;

    public MemberHistory(ModerationCaseStore cases, AuditView log, Clock clock) {
        this.cases = cases;
        this.log = log;
        this.clock = clock;
    }

    /**
     * The history of the account {@code id} on {@code platform} (lower or upper case).
     *
     * @throws IllegalArgumentException when the platform is unknown or the id blank
     */
    public History of(String platform, String id) {
        UserRef member = new UserRef(platformNamed(platform), id.strip(), null, null, false);
        String key = ModeratorRoster.key(member);
        Instant now = clock.instant();
        List<ModerationCase> theirs = cases.authoredBy(member, LIMIT);
        Set<String> subjects = theirs.stream().map(c -> c.id().value()).collect(Collectors.toCollection(HashSet::new));
        subjects.add(key);
        List<AuditEntry> entries = log.recent().stream()
                .filter(e -> e.actor().equals(key) || subjects.contains(e.subject()))
                .limit(LIMIT)
                .toList();
        String name = theirs.isEmpty() || theirs.getFirst().author() == null
                ? member.id()
                : theirs.getFirst().author().shownName();
        return new History(
                key, name, theirs.stream().map(c -> CaseRow.of(c, now)).toList(), entries);
    }

    private static Platform platformNamed(String name) {
        try {
            return Platform.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown platform: " + name.strip() + ".");
        }
    }
}
