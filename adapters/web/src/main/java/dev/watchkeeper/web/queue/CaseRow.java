package dev.watchkeeper.web.queue;

import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.CaseButtons;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.shield.ScamReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A case as a row of the queue or of a member's history shows it. The text is the case's, which
 * the shield stored with secrets redacted.
 *
 * @param id the case id ({@code MC-17})
 * @param status open, confirmed or dismissed, lower case
 * @param urgent a member reported being scammed
 * @param verdict the shield's verdict, lower case
 * @param score the shield's score, as a percentage
 * @param reasons the shield's reasons, as moderators read them
 * @param text the flagged or reported text, secrets redacted
 * @param author the author's shown name, or null when unknown
 * @param authorPlatform the author's platform, lower case, or null when unknown
 * @param authorId the author's account id, or null when unknown
 * @param community the chat it was posted in
 * @param platform the platform, lower case
 * @param source {@code detected} or {@code reported}
 * @param age how long ago the case opened ({@code 5 min})
 * @param resolution who resolved it and how, once resolved
 * @param actions the actions the case offers (the card's buttons), in card order
 */
public record CaseRow(
        String id,
        String status,
        boolean urgent,
        String verdict,
        long score,
        List<String> reasons,
        String text,
        @Nullable String author,
        @Nullable String authorPlatform,
        @Nullable String authorId,
        String community,
        String platform,
        String source,
        String age,
        @Nullable String resolution,
        List<String> actions) {
    public CaseRow {
        reasons = List.copyOf(reasons);
        actions = List.copyOf(actions);
    }

    /** The row of a case, its age taken at {@code now}. */
    public static CaseRow of(ModerationCase c, Instant now) {
        UserRef author = c.author();
        ModerationCase.Resolution resolved = c.resolution();
        return new CaseRow(
                c.id().value(),
                lower(c.status().name()),
                c.urgent(),
                lower(c.verdict().name()),
                Math.round(c.score() * 100),
                c.reasons().stream().map(CaseRow::reason).toList(),
                c.text(),
                author == null ? null : author.shownName(),
                author == null ? null : lower(author.platform().name()),
                author == null ? null : author.id(),
                c.chat().id(),
                lower(c.chat().platform().name()),
                c.source() == ModerationCase.Source.DETECTED ? "detected" : "reported",
                age(Duration.between(c.createdAt(), now)),
                resolved == null
                        ? null
                        : resolved.action() + " by " + resolved.moderator().shownName() + " ("
                                + ModeratorRoster.key(resolved.moderator()) + ")",
                c.status() == ModerationCase.Status.OPEN
                        ? List.copyOf(CaseButtons.offered(c).keySet())
                        : List.of());
    }

    /** The offered actions other than dismissing: the ones that confirm the case. */
    public List<String> confirmations() {
        return actions.stream().filter(a -> !a.equals("dismiss")).toList();
    }

    /** True when the case can be dismissed. */
    public boolean dismissable() {
        return actions.contains("dismiss");
    }

    static String age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + " h";
        }
        return minutes / (24 * 60) + " d";
    }

    private static String reason(ScamReason reason) {
        return lower(reason.signal().name()) + ": " + reason.detail();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
