package dev.watchkeeper.core.moderation;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.scam.ScamReason;
import dev.watchkeeper.core.scam.Verdict;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A flagged message for moderators: why it was flagged, what it said (secrets redacted), who
 * wrote it, where and when, and how it was resolved.
 *
 * @param id the case id
 * @param source detected by the shield or reported by a member
 * @param status open, confirmed or dismissed
 * @param verdict the shield's verdict when flagged
 * @param score the shield's score
 * @param reasons the shield's reasons (and the reporter's words for a report)
 * @param text the flagged or reported message, secrets redacted; never the raw text. For a report
 *     without a quoted message it is the reporter's own account of what happened
 * @param author who wrote the message; null for a report that quotes no message, whose author is
 *     unknown (never the reporter: a report must not turn on the member who made it)
 * @param chat where it was posted
 * @param message the platform message, when there is one to act on
 * @param hidden true when the message was deleted automatically
 * @param reporter the member who reported it, for reports
 * @param reporterWords what the reporter wrote along with a quoted message, secrets redacted; kept
 *     apart from {@code text} so that it is never taken for the reported content
 * @param urgent true when a member reported being scammed: the ticket flow treats it first
 * @param createdAt when the case opened
 * @param resolution how a moderator resolved it, once resolved
 */
public record ModerationCase(
        CaseId id,
        Source source,
        Status status,
        Verdict verdict,
        double score,
        List<ScamReason> reasons,
        String text,
        @Nullable UserRef author,
        ChatRef chat,
        @Nullable MessageRef message,
        boolean hidden,
        @Nullable UserRef reporter,
        @Nullable String reporterWords,
        boolean urgent,
        Instant createdAt,
        @Nullable Resolution resolution) {
    public ModerationCase {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(status, "status");
        requireNonNull(verdict, "verdict");
        requireNonNull(text, "text");
        requireNonNull(chat, "chat");
        requireNonNull(createdAt, "createdAt");
        reasons = List.copyOf(reasons);
        if (author == null && source != Source.MEMBER_REPORT) {
            throw new IllegalArgumentException("only a member's report may have an unknown author");
        }
    }

    /**
     * True when {@link #text()} is a message itself (detected, or quoted by a reporter), so a
     * moderator's verdict may teach the shield from it. A report that quotes no message holds only
     * the reporter's words, and a newcomer's case only their name: neither may become a sample.
     */
    public boolean learnable() {
        return message != null;
    }

    /** Where a case comes from. */
    public enum Source {
        DETECTED,
        MEMBER_REPORT
    }

    /** Where a case stands. */
    public enum Status {
        OPEN,
        CONFIRMED,
        DISMISSED
    }

    /**
     * A moderator's decision on a case.
     *
     * @param moderator who decided
     * @param action what they did ({@code delete}, {@code ban}, {@code mute}, {@code warn}, {@code
     *     dismiss})
     * @param at when
     */
    public record Resolution(UserRef moderator, String action, Instant at) {}

    /**
     * A copy as a member's report of the same message would have it: who reported it, their words
     * (secrets redacted) and whether they say they were scammed. Not stored: the case keeps its
     * first source.
     */
    public ModerationCase reportedBy(UserRef member, @Nullable String words, boolean victim) {
        return copy(status, member, words, victim, resolution);
    }

    /** A copy resolved by a moderator. */
    public ModerationCase resolved(Status newStatus, Resolution how) {
        return copy(newStatus, reporter, reporterWords, urgent, how);
    }

    private ModerationCase copy(
            Status status,
            @Nullable UserRef reporter,
            @Nullable String reporterWords,
            boolean urgent,
            @Nullable Resolution resolution) {
        return new ModerationCase(
                id,
                source,
                status,
                verdict,
                score,
                reasons,
                text,
                author,
                chat,
                message,
                hidden,
                reporter,
                reporterWords,
                urgent,
                createdAt,
                resolution);
    }
}
