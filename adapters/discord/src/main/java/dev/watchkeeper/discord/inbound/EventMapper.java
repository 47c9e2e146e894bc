package dev.watchkeeper.discord.inbound;

import dev.watchkeeper.core.model.Attachment;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MemberJoined;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.discord.MessageLocations;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import org.jspecify.annotations.Nullable;

/**
 * Maps JDA's messages, users and members to the core's model. Stateless apart from the thread
 * notes; thread-safe.
 */
public final class EventMapper {
    /**
     * The role the adapter adds for members with the Manage Messages permission in the community's
     * server, so that the core's moderator roster can name it next to role ids.
     */
    public static final String MANAGE_MESSAGES_ROLE = "manage_messages";

    private final MessageLocations locations;
    private final @Nullable String communityGuildId;
    private final String botName;

    /**
     * @param communityGuildId the community's server: only there does Manage Messages count, since
     *     anyone can invite the bot to a server of their own; null: in no server
     */
    public EventMapper(MessageLocations locations, @Nullable String communityGuildId, String botName) {
        this.locations = locations;
        this.communityGuildId = communityGuildId;
        this.botName = botName;
    }

    /** A message (or an edit of one) as the core's inbound message. */
    public InboundMessage message(Message message, User self, boolean edited) {
        Place place = Place.of(message.getChannel(), message.getAuthor());
        if (place.threadId() != null) {
            locations.inThread(message.getId(), place.threadId());
        }
        Message referenced = message.getReferencedMessage();
        MessageRef replyTo = referenced == null ? null : new MessageRef(place.chat(), referenced.getId());
        boolean replyToBot = referenced != null && referenced.getAuthor().getIdLong() == self.getIdLong();
        InboundMessage.Quote quote = referenced == null
                ? null
                : new InboundMessage.Quote(
                        replyTo, user(referenced.getAuthor(), referenced.getMember()), text(referenced));
        boolean mentionsBot = message.getMentions().isMentioned(self, Message.MentionType.USER);
        Instant time = (edited && message.getTimeEdited() != null ? message.getTimeEdited() : message.getTimeCreated())
                .toInstant();
        String text = withoutSelfMention(message.getContentRaw(), self);
        return InboundMessage.builder(
                        new MessageRef(place.chat(), message.getId()),
                        user(message.getAuthor(), message.getMember()),
                        time)
                .thread(place.threadId())
                .roles(roles(message.getMember()))
                .text(text)
                .command(
                        BotCommand.parse(text, List.of(botName, self.getName())).orElse(null))
                .attachments(attachments(message))
                .replyTo(replyTo)
                .replyToBot(replyToBot)
                .mentionsBot(mentionsBot)
                .edited(edited)
                .quote(quote)
                .build();
    }

    /**
     * A slash command, context-menu command or modal submission as a message: its command as the
     * interaction gave it, with what the member would have typed as text; the interaction's id
     * stands in for the message id.
     */
    public InboundMessage command(
            ISnowflake interaction,
            Place place,
            User author,
            @Nullable Member member,
            CommandInput input,
            @Nullable Message quoted,
            @Nullable String locale) {
        MessageRef replyTo = quoted == null ? null : new MessageRef(place.chat(), quoted.getId());
        InboundMessage.Quote quote = quoted == null
                ? null
                : new InboundMessage.Quote(replyTo, user(quoted.getAuthor(), quoted.getMember()), text(quoted));
        return InboundMessage.builder(
                        interactionRef(interaction, place.chat()),
                        user(author, member),
                        interaction.getTimeCreated().toInstant())
                .thread(place.threadId())
                .roles(roles(member))
                .text(input.text())
                .command(input.command())
                .replyTo(replyTo)
                .mentionsBot(true)
                .languageHint(locale)
                .quote(quote)
                .build();
    }

    /**
     * A member who joined the community's server, as having joined its system channel (where
     * Discord announces joins) or, without one, its default channel: the core keeps a case about a
     * chat, and moderators' actions on the case (a ban) need a channel of the server. Empty for
     * another server, or when the bot sees no channel of it.
     */
    public Optional<MemberJoined> joined(Member member) {
        Guild guild = member.getGuild();
        if (!guild.getId().equals(communityGuildId)) {
            return Optional.empty();
        }
        GuildChannel channel = guild.getSystemChannel() != null ? guild.getSystemChannel() : guild.getDefaultChannel();
        if (channel == null) {
            return Optional.empty();
        }
        return Optional.of(new MemberJoined(
                Place.group(channel.getId()),
                user(member.getUser(), member),
                roles(member),
                member.getTimeJoined().toInstant()));
    }

    /** The message reference that stands for an interaction's (invisible) command message. */
    public static MessageRef interactionRef(ISnowflake interaction, ChatRef chat) {
        return new MessageRef(chat, interaction.getId());
    }

    /** A Discord account. */
    public static UserRef user(User user, @Nullable Member member) {
        String shown = member != null ? member.getEffectiveName() : user.getEffectiveName();
        return new UserRef(Platform.DISCORD, user.getId(), user.getName(), shown, user.isBot() || user.isSystem());
    }

    /**
     * The member's role ids, plus {@link #MANAGE_MESSAGES_ROLE} when they may manage messages in
     * the community's server.
     */
    public Set<String> roles(@Nullable Member member) {
        if (member == null) {
            return Set.of();
        }
        return roles(
                member.getGuild().getId(),
                member.getRoles().stream().map(ISnowflake::getId).toList(),
                member.hasPermission(Permission.MESSAGE_MANAGE));
    }

    Set<String> roles(String guildId, List<String> roleIds, boolean managesMessages) {
        Set<String> roles = new HashSet<>(roleIds);
        if (managesMessages && guildId.equals(communityGuildId)) {
            roles.add(MANAGE_MESSAGES_ROLE);
        }
        return roles;
    }

    private static String text(Message message) {
        return message.getContentRaw();
    }

    private static String withoutSelfMention(String text, User self) {
        return text.replace("<@" + self.getId() + ">", "")
                .replace("<@!" + self.getId() + ">", "")
                .strip();
    }

    private static List<Attachment> attachments(Message message) {
        return message.getAttachments().stream()
                .map(a -> new Attachment(
                        a.isImage() ? "image" : a.isVideo() ? "video" : "document", a.getFileName(), a.getUrl()))
                .toList();
    }
}
