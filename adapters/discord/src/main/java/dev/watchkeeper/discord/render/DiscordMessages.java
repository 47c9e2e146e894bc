package dev.watchkeeper.discord.render;

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
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders the text-carrying decisions as Discord messages: Discord Markdown, split under 2000
 * characters, the choices as buttons on the last part. The members a decision names ({@link
 * Reply#mentions()}) become user mentions, and they are the only ones a message may ping: no text
 * can ping {@code @everyone}, {@code @here}, a role or anyone else. Stateless and thread-safe.
 */
public final class DiscordMessages {
    /** The most messages one decision posts. */
    static final int MAX_PARTS = 8;

    private static final String MORE = " …";
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d+");

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
            case Reply reply -> messages(reply.text(), reply.options(), reply.mentions());
            default -> messages(text(decision), choices(decision));
        };
    }

    /** The messages for a text with choices, naming no one. */
    public List<MessageCreateData> messages(String markdown, List<Choice> choices) {
        return messages(markdown, choices, List.of());
    }

    /**
     * The messages for a text with choices, each {@link Mentions#placeholder(int) placeholder}
     * replaced by the {@link #mention} of the member it names.
     */
    public List<MessageCreateData> messages(String markdown, List<Choice> choices, List<UserRef> mentions) {
        List<String> parts =
                splitter.split(Mentions.render(DiscordMarkdown.render(markdown), mentions, DiscordMessages::mention));
        List<String> pinged = mentions.stream()
                .filter(DiscordMessages::mentionable)
                .map(UserRef::id)
                .distinct()
                .toList();
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
                    .mentionUsers(pinged)
                    .mentionRepliedUser(false);
            if (i == parts.size() - 1 && !rows.isEmpty()) {
                builder.setComponents(rows);
            }
            out.add(builder.build());
        }
        return out;
    }

    /**
     * A text as one message that pings no one, for a message edited in place later (an incident's
     * announcement): what goes beyond Discord's limit is cut, and the cut marked.
     */
    public MessageCreateData single(String markdown) {
        String rendered = DiscordMarkdown.render(markdown).strip();
        String content = rendered.isEmpty() ? "…" : rendered;
        if (content.length() > MessageSplitter.DISCORD_LIMIT) {
            content = new MessageSplitter(MessageSplitter.DISCORD_LIMIT - MORE.length())
                            .split(content)
                            .getFirst()
                    + MORE;
        }
        return new MessageCreateBuilder()
                .setContent(content)
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .build();
    }

    /**
     * A member as Discord shows a mention, {@code <@id>}, which Discord displays as their current
     * name; a member of another platform by their name.
     */
    public static String mention(UserRef member) {
        return mentionable(member) ? "<@" + member.id() + ">" : DiscordMarkdown.defuseMentions(member.shownName());
    }

    private static boolean mentionable(UserRef member) {
        return member.platform() == Platform.DISCORD
                && ACCOUNT_ID.matcher(member.id()).matches();
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
            case PostAnnouncement announcement -> announcement.text();
            case EditAnnouncement edit -> edit.text();
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
            case PostAnnouncement ignored -> List.of();
            case EditAnnouncement ignored -> List.of();
        };
    }
}
