package dev.watchkeeper.core.moderation;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Verdict;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A flagged message for moderators: why it was flagged, what it said (secrets redacted), who
 * wrote it, where and when, and how it was resolved.
 *
 * <p>A case is born one of four ways, each with its factory taking only what that way has: {@link
 * #detected} (the shield flagged a message), {@link #joined} (the shield flagged a newcomer's
 * names), {@link #reportedMessage} (a member reported a message) and {@link #reportedWords} (a
 * member reported something without quoting a message). The canonical constructor is for stores
 * and imports that restore a case as it was.
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
     * A message the shield flagged in a chat.
     *
     * @param redactedText the message, secrets already removed
     * @param hidden true when the message was deleted automatically
     */
    public static ModerationCase detected(
            CaseId id,
            ScamVerdict verdict,
            String redactedText,
            UserRef author,
            ChatRef chat,
            MessageRef message,
            boolean hidden,
            Instant at) {
        requireNonNull(author, "author");
        requireNonNull(message, "message");
        return open(id, Source.DETECTED, verdict, redactedText, author, chat, message, hidden, null, null, false, at);
    }

    /**
     * A newcomer whose names the shield flagged when they joined: there is no message yet, so
     * nothing to act on but the member, and nothing the shield may learn from.
     *
     * @param description what moderators read about the newcomer (their shown name)
     */
    public static ModerationCase joined(
            CaseId id, ScamVerdict verdict, String description, UserRef member, ChatRef chat, Instant at) {
        requireNonNull(member, "member");
        return open(id, Source.DETECTED, verdict, description, member, chat, null, false, null, null, false, at);
    }

    /**
     * A member's report quoting a message: the case is about that message and its author, and the
     * reporter's words are kept apart.
     *
     * @param redactedText the quoted message, secrets already removed
     * @param chat where the member reported it
     * @param reporterWords what the reporter wrote along with it, secrets removed; null when nothing
     * @param urgent true when the reporter says they were scammed
     */
    public static ModerationCase reportedMessage(
            CaseId id,
            ScamVerdict verdict,
            String redactedText,
            UserRef author,
            MessageRef message,
            ChatRef chat,
            UserRef reporter,
            @Nullable String reporterWords,
            boolean urgent,
            Instant at) {
        requireNonNull(author, "author");
        requireNonNull(message, "message");
        requireNonNull(reporter, "reporter");
        return open(
                id,
                Source.MEMBER_REPORT,
                verdict,
                redactedText,
                author,
                chat,
                message,
                false,
                reporter,
                reporterWords,
                urgent,
                at);
    }

    /**
     * A member's report that quotes no message: their own words are all there is, and the author
     * of the scam is unknown (never the reporter, so nothing can be done to the member who
     * reported).
     *
     * @param redactedWords the reporter's account, secrets already removed
     * @param chat where they reported
     * @param urgent true when the reporter says they were scammed
     */
    public static ModerationCase reportedWords(
            CaseId id,
            ScamVerdict verdict,
            String redactedWords,
            ChatRef chat,
            UserRef reporter,
            boolean urgent,
            Instant at) {
        requireNonNull(reporter, "reporter");
        return open(
                id, Source.MEMBER_REPORT, verdict, redactedWords, null, chat, null, false, reporter, null, urgent, at);
    }

    private static ModerationCase open(
            CaseId id,
            Source source,
            ScamVerdict verdict,
            String text,
            @Nullable UserRef author,
            ChatRef chat,
            @Nullable MessageRef message,
            boolean hidden,
            @Nullable UserRef reporter,
            @Nullable String reporterWords,
            boolean urgent,
            Instant at) {
        return new ModerationCase(
                id,
                source,
                Status.OPEN,
                verdict.verdict(),
                verdict.score(),
                verdict.reasons(),
                text,
                author,
                chat,
                message,
                hidden,
                reporter,
                reporterWords,
                urgent,
                at,
                null);
    }

    /**
     * True when {@link #text()} is a message itself (detected, or quoted by a reporter), so a
     * moderator's verdict may teach the shield from it. A report that quotes no message holds only
     * the reporter's words, and a newcomer's case only their name: neither may become a sample.
     */
    public boolean learnable() {
        return message != null;
    }

    /**
     * A text that sorts before another case's exactly when this case is to be worked first
     * ({@link CaseUrgency}); it never changes while the case is open, so a store may index it.
     */
    public String urgencyKey() {
        return CaseUrgency.sortKey(this);
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
