package dev.watchkeeper.console;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.CloseTicketSpace;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.EditAnnouncement;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.Mentions;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.model.UserRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders decisions as plain text for a terminal: the message, with the members it names by their
 * names, then its choices as numbered lines (typing the number presses the choice). Stateless and
 * thread-safe.
 */
public final class ConsoleRenderer {

    /** The text of one decision with its numbered choices, without a trailing newline. */
    public String render(Decision decision) {
        return withChoices(text(decision), choices(decision));
    }

    /** The choices a decision offers, in the order they are numbered. */
    public List<Choice> choices(Decision decision) {
        return switch (decision) {
            case Answer answer -> concat(answer.followUps(), answer.feedback());
            case Suggest suggest -> suggest.suggestions();
            case Fallback fallback -> fallback.options();
            case Reply reply -> reply.options();
            case SendPrivate message -> message.options();
            case OpenTicketSpace open -> open.actions();
            case PostToTicketSpace post -> post.options();
            case HandOver handOver -> List.of();
            case PrivateNotice notice -> List.of();
            case CloseTicketSpace close -> List.of();
            case StaffAlert alert -> List.of();
            case FlagForReview flag -> flag.actions();
            case DeleteMessage delete -> List.of();
            case RestrictMember restrict -> List.of();
            case PostAnnouncement announcement -> List.of();
            case EditAnnouncement edit -> List.of();
        };
    }

    private static String text(Decision decision) {
        return switch (decision) {
            case Answer answer -> answer.title() + "\n\n" + answer.text();
            case Suggest suggest -> suggest.text();
            case Fallback fallback -> fallback.text();
            case Reply reply -> Mentions.render(reply.text(), reply.mentions(), UserRef::shownName);
            case HandOver handOver -> handOver.text();
            case SendPrivate message -> message.text();
            case PrivateNotice notice -> notice.text();
            case OpenTicketSpace open -> "New ticket " + open.title() + "\n" + open.card();
            case PostToTicketSpace post -> post.text();
            case CloseTicketSpace close -> "Ticket closed. " + close.summary();
            case StaffAlert alert -> "ALERT: " + alert.text();
            case FlagForReview flag -> "Flagged message " + flag.card();
            case DeleteMessage delete -> "[deleted message " + delete.message().id() + ": " + delete.reason() + "]";
            case RestrictMember restrict ->
                "[" + restrict.kind().name().toLowerCase(Locale.ROOT) + " "
                        + restrict.member().shownName()
                        + (restrict.duration() == null ? "" : " for " + restrict.duration())
                        + ": " + restrict.reason() + "]";
            case PostAnnouncement announcement ->
                "[announcement in #" + announcement.to().chat().id() + (announcement.pin() ? ", pinned" : "") + "]\n"
                        + announcement.text();
            case EditAnnouncement edit ->
                "[announcement edited" + (edit.pinned() ? "" : ", unpinned") + "]\n" + edit.text();
        };
    }

    private static String withChoices(String text, List<Choice> choices) {
        if (choices.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text).append('\n');
        for (int i = 0; i < choices.size(); i++) {
            out.append("\n  ").append(i + 1).append(") ").append(choices.get(i).label());
        }
        return out.toString();
    }

    private static List<Choice> concat(List<Choice> first, List<Choice> second) {
        List<Choice> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
