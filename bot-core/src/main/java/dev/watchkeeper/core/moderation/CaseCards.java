package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.ScamReason;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Writes a case as moderators see it in their chat, in the staff language. */
final class CaseCards {
    private static final int MAX_TEXT = 1_500;

    private CaseCards() {}

    static String card(ModerationCase c, String actionTaken, ModeratorTexts texts) {
        StringBuilder card = new StringBuilder();
        card.append(texts.say(
                        ModeratorText.CARD_HEADER,
                        c.id(),
                        texts.label(c.verdict()),
                        c.score(),
                        texts.label(c.source())))
                .append(c.urgent() ? " · " + texts.say(ModeratorText.CARD_URGENT) : "")
                .append('\n');
        String platform = c.chat().platform().name().toLowerCase(Locale.ROOT);
        card.append(
                        c.message() == null
                                ? texts.say(
                                        ModeratorText.CARD_WHERE,
                                        platform,
                                        c.chat().id())
                                : texts.say(
                                        ModeratorText.CARD_WHERE_MESSAGE,
                                        platform,
                                        c.chat().id(),
                                        c.message().id()))
                .append(" · ")
                .append(c.createdAt())
                .append('\n');
        card.append(texts.say(ModeratorText.CARD_AUTHOR, who(c.author(), texts)))
                .append('\n');
        if (c.reporter() != null) {
            card.append(texts.say(ModeratorText.CARD_REPORTER, who(c.reporter(), texts)))
                    .append('\n');
        }
        if (c.reporterWords() != null) {
            card.append(texts.say(
                            ModeratorText.CARD_REPORTER_SAYS, c.reporterWords().replace("\n", " ")))
                    .append('\n');
        }
        if (!c.reasons().isEmpty()) {
            card.append(texts.say(ModeratorText.CARD_REASONS)).append('\n');
            for (ScamReason reason : c.reasons()) {
                card.append("- ")
                        .append(reason.signal())
                        .append(": ")
                        .append(reason.detail())
                        .append('\n');
            }
        }
        String text = c.text().length() > MAX_TEXT ? c.text().substring(0, MAX_TEXT) + "…" : c.text();
        card.append(texts.say(ModeratorText.CARD_TEXT))
                .append("\n> ")
                .append(text.replace("\n", "\n> "))
                .append('\n');
        card.append(texts.say(ModeratorText.CARD_DONE, actionTaken));
        return card.toString();
    }

    /**
     * What was done about a case when it opened, told again from the case: a report, a newcomer's
     * name, or a message the shield removed or left. (A ban or mute that came with the removal is
     * not kept on the case; the audit log has it.)
     */
    static String doneOnOpening(ModerationCase c, ModeratorTexts texts) {
        if (c.source() == ModerationCase.Source.MEMBER_REPORT) {
            return texts.say(ModeratorText.DONE_REPORTED);
        }
        if (c.message() == null) {
            return texts.say(ModeratorText.DONE_JOINED);
        }
        return texts.label(c.hidden() ? PolicyAction.HIDE_AND_FLAG : PolicyAction.FLAG);
    }

    static String who(@Nullable UserRef user, ModeratorTexts texts) {
        if (user == null) {
            return texts.say(ModeratorText.UNKNOWN_AUTHOR);
        }
        String handle = user.username() == null ? "" : " (@" + user.username() + ")";
        return user.shownName() + handle + " · id " + user.id();
    }
}
