package dev.watchkeeper.console;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.CloseTicketSpace;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.decision.Suggest;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders decisions as plain text for a terminal. Choices become numbered lines; typing the number
 * picks the choice, because the engine remembers the order it offered them in.
 */
public final class ConsoleRenderer {

    /**
     * The text of one decision, without a trailing newline. Staff-side decisions are shown with a
     * {@code [staff …]} prefix, since the console has a single chat.
     */
    public String render(Decision decision) {
        return switch (decision) {
            case Answer answer ->
                withChoices(answer.title() + "\n\n" + answer.text(), concat(answer.followUps(), answer.feedback()));
            case Suggest suggest -> withChoices(suggest.text(), suggest.suggestions());
            case Fallback fallback -> withChoices(fallback.text(), fallback.options());
            case Reply reply -> withChoices(reply.text(), reply.options());
            case HandOver handOver -> handOver.text();
            case SendPrivate message -> withChoices(message.text(), message.options());
            case OpenTicketSpace open ->
                withChoices("[staff " + open.ticketId() + "] " + open.title() + "\n" + open.card(), open.actions());
            case PostToTicketSpace post ->
                withChoices("[staff " + post.ticketId() + "] " + post.text(), post.options());
            case CloseTicketSpace close -> "[staff " + close.ticketId() + "] " + close.summary();
            case StaffAlert alert -> "[staff alert] " + alert.text();
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
