package dev.watchkeeper.discord.render;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.CloseTicketSpace;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.decision.Suggest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders the text-carrying decisions as Discord messages: Discord Markdown, split under 2000
 * characters, the choices as buttons on the last part, and no allowed mentions at all, so that no
 * message of the bot can ping {@code @everyone}, {@code @here}, a role or a user. Stateless and
 * thread-safe.
 */
public final class DiscordMessages {
    /** The most messages one decision posts. */
    static final int MAX_PARTS = 8;

    private final MessageSplitter splitter;

    public DiscordMessages() {
        this(new MessageSplitter());
    }

    public DiscordMessages(MessageSplitter splitter) {
        this.splitter = splitter;
    }

    /** The messages for a decision; empty for decisions that post nothing (deletes, restrictions). */
    public List<MessageCreateData> render(Decision decision) {
        return switch (decision) {
            case DeleteMessage ignored -> List.of();
            case RestrictMember ignored -> List.of();
            default -> messages(text(decision), choices(decision));
        };
    }

    /** The messages for a text with choices. */
    public List<MessageCreateData> messages(String markdown, List<Choice> choices) {
        List<String> parts = splitter.split(DiscordMarkdown.render(markdown));
        if (parts.isEmpty()) {
            parts = List.of("…");
        }
        if (parts.size() > MAX_PARTS) {
            // No input, however long, makes the bot post more than this for one decision.
            List<String> kept = new ArrayList<>(parts.subList(0, MAX_PARTS - 1));
            kept.add("… (" + (parts.size() - MAX_PARTS + 1) + " more part(s) not sent)");
            parts = kept;
        }
        List<ActionRow> rows = ButtonRows.of(choices);
        List<MessageCreateData> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            MessageCreateBuilder builder = new MessageCreateBuilder()
                    .setContent(parts.get(i))
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                    .mentionRepliedUser(false);
            if (i == parts.size() - 1 && !rows.isEmpty()) {
                builder.setComponents(rows);
            }
            out.add(builder.build());
        }
        return out;
    }

    /** The Markdown text a decision shows. */
    public static String text(Decision decision) {
        return switch (decision) {
            case Answer answer -> "**" + answer.title() + "**\n\n" + answer.text();
            case Suggest suggest -> suggest.text();
            case Fallback fallback -> fallback.text();
            case Reply reply -> reply.text();
            case HandOver handOver -> handOver.text();
            case SendPrivate message -> message.text();
            case PrivateNotice notice -> notice.text();
            case OpenTicketSpace open -> open.card();
            case PostToTicketSpace post -> post.text();
            case CloseTicketSpace close -> close.summary();
            case StaffAlert alert -> "**Alert:** " + alert.text();
            case FlagForReview flag -> flag.card();
            case DeleteMessage delete -> "";
            case RestrictMember restrict -> "";
        };
    }

    /** The choices a decision offers, in order. */
    public static List<Choice> choices(Decision decision) {
        return switch (decision) {
            case Answer answer -> {
                List<Choice> all = new ArrayList<>(answer.followUps());
                all.addAll(answer.feedback());
                yield all;
            }
            case Suggest suggest -> suggest.suggestions();
            case Fallback fallback -> fallback.options();
            case Reply reply -> reply.options();
            case SendPrivate message -> message.options();
            case OpenTicketSpace open -> open.actions();
            case PostToTicketSpace post -> post.options();
            case FlagForReview flag -> flag.actions();
            case HandOver ignored -> List.of();
            case PrivateNotice ignored -> List.of();
            case CloseTicketSpace ignored -> List.of();
            case StaffAlert ignored -> List.of();
            case DeleteMessage ignored -> List.of();
            case RestrictMember ignored -> List.of();
        };
    }
}
