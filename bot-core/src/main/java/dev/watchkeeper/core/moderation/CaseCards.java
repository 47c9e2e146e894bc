package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.scam.ScamReason;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Writes a case as moderators see it in their chat. */
final class CaseCards {
    private static final int MAX_TEXT = 1_500;

    private CaseCards() {}

    static String card(ModerationCase c, String actionTaken) {
        StringBuilder card = new StringBuilder();
        card.append("**")
                .append(c.id())
                .append("** · ")
                .append(c.verdict().name().toLowerCase(Locale.ROOT))
                .append(String.format(Locale.ROOT, " (score %.2f)", c.score()))
                .append(" · ")
                .append(c.source() == ModerationCase.Source.DETECTED ? "detected" : "reported")
                .append(c.urgent() ? " · URGENT" : "")
                .append('\n');
        card.append("Where: ")
                .append(c.chat().platform().name().toLowerCase(Locale.ROOT))
                .append(" chat ")
                .append(c.chat().id());
        if (c.message() != null) {
            card.append(" · message ").append(c.message().id());
        }
        card.append(" · ").append(c.createdAt()).append('\n');
        card.append("Author: ").append(who(c.author())).append('\n');
        if (c.reporter() != null) {
            card.append("Reported by: ").append(who(c.reporter())).append('\n');
        }
        if (c.reporterWords() != null) {
            card.append("Reporter says: ")
                    .append(c.reporterWords().replace("\n", " "))
                    .append('\n');
        }
        if (!c.reasons().isEmpty()) {
            card.append("Reasons:\n");
            for (ScamReason reason : c.reasons()) {
                card.append("- ")
                        .append(reason.signal())
                        .append(": ")
                        .append(reason.detail())
                        .append('\n');
            }
        }
        String text = c.text().length() > MAX_TEXT ? c.text().substring(0, MAX_TEXT) + "…" : c.text();
        card.append("Text (secrets redacted):\n> ")
                .append(text.replace("\n", "\n> "))
                .append('\n');
        card.append("Done automatically: ").append(actionTaken);
        return card.toString();
    }

    static String who(dev.watchkeeper.core.model.@Nullable UserRef user) {
        if (user == null) {
            return "unknown (reported without replying to the message)";
        }
        String handle = user.username() == null ? "" : " (@" + user.username() + ")";
        return user.shownName() + handle + " · id " + user.id();
    }
}
