package dev.watchkeeper.telegram.inbound;

import dev.watchkeeper.core.model.Attachment;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Maps Bot API updates to the core's inbound events: messages and edits in private chats, groups
 * and supergroups (caption for media, forum topic as thread, the replied-to message as quote,
 * hidden link targets appended so the scam shield sees them), and button presses. A message's
 * command is read from its text once, here ({@link BotCommand#parse} with the bot's username):
 * {@code /cmd@thisbot} and {@code @thisbot /cmd} address the bot; a command for another bot
 * reaches the core as an ordinary message, which the shield screens and no feature runs. The text
 * stays as the member typed it. A message sent on behalf of a chat ({@code sender_chat}) is
 * authored by that chat: the group itself for its anonymous administrators (who hold the group's admin role), or
 * the channel a member posts as (an ordinary author). Channel posts, the linked channel's automatic
 * forwards, service messages and the bot's own messages map to nothing. Thread-safe; blocks only
 * while {@link RoleSource} does.
 */
public final class UpdateMapper {
    private final BotIdentity bot;
    private final RoleSource roles;
    private final Clock clock;

    public UpdateMapper(BotIdentity bot, RoleSource roles, Clock clock) {
        this.bot = bot;
        this.roles = roles;
        this.clock = clock;
    }

    /**
     * Every event of an update the core should see: the message, edit or button press, and the
     * members a "joined" service message names (for impersonation checks on joining).
     */
    public List<Inbound> events(Update update) {
        List<Inbound> events = new java.util.ArrayList<>(joins(update));
        map(update).ifPresent(events::add);
        return events;
    }

    private List<Inbound> joins(Update update) {
        if (!update.hasMessage() || update.getMessage().getNewChatMembers() == null) {
            return List.of();
        }
        Optional<ChatRef> chat = chat(update.getMessage().getChat());
        if (chat.isEmpty()) {
            return List.of();
        }
        List<Inbound> joins = new java.util.ArrayList<>();
        for (User member : update.getMessage().getNewChatMembers()) {
            if (!Boolean.TRUE.equals(member.getIsBot())) {
                joins.add(new dev.watchkeeper.core.model.MemberJoined(
                        chat.get(), user(member), java.util.Set.of(), clock.instant()));
            }
        }
        return joins;
    }

    /** The inbound event of an update, if the core should see it. */
    public Optional<Inbound> map(Update update) {
        if (update.hasCallbackQuery()) {
            return choice(update.getCallbackQuery());
        }
        if (update.hasMessage()) {
            return message(update.getMessage(), false);
        }
        if (update.hasEditedMessage()) {
            return message(update.getEditedMessage(), true);
        }
        return Optional.empty();
    }

    private Optional<Inbound> choice(CallbackQuery query) {
        MaybeInaccessibleMessage carrier = query.getMessage();
        if (carrier == null || query.getData() == null || query.getFrom() == null) {
            return Optional.empty();
        }
        ChatRef chat = chat(carrier.getChat()).orElse(null);
        if (chat == null) {
            return Optional.empty();
        }
        return Optional.of(new ChoiceSelected(
                chat,
                user(query.getFrom()),
                query.getData(),
                new MessageRef(chat, carrier.getMessageId().toString()),
                clock.instant(),
                rolesOf(chat, query.getFrom())));
    }

    private Optional<Inbound> message(Message message, boolean edited) {
        User from = message.getFrom();
        Chat senderChat = message.getSenderChat();
        Optional<ChatRef> maybeChat = chat(message.getChat());
        if (maybeChat.isEmpty()
                || (senderChat == null && (from == null || from.getId() == bot.id()))
                || Boolean.TRUE.equals(message.getIsAutomaticForward())) {
            return Optional.empty();
        }
        ChatRef chat = maybeChat.get();
        String text = message.hasText()
                ? message.getText()
                : Optional.ofNullable(message.getCaption()).orElse("");
        List<MessageEntity> entities = entities(message);
        List<Attachment> attachments = attachments(message);
        if (text.isEmpty() && attachments.isEmpty()) {
            return Optional.empty();
        }
        boolean mentions = mentions(text, entities);
        String hidden = hiddenLinks(entities);
        if (!hidden.isEmpty()) {
            text = text + "\n" + hidden;
        }
        // after the hidden links, so that a /report's words carry the real link targets
        BotCommand command = BotCommand.parse(text, Set.of(bot.username())).orElse(null);
        Message replied = repliedTo(message);
        MessageRef replyTo = replied == null
                ? null
                : new MessageRef(chat, replied.getMessageId().toString());
        boolean replyToBot = replied != null
                && replied.getFrom() != null
                && replied.getFrom().getId() == bot.id();
        UserRef quotedAuthor = replied == null ? null : author(replied);
        InboundMessage.Quote quote =
                quotedAuthor == null ? null : new InboundMessage.Quote(replyTo, quotedAuthor, textOf(replied));
        String thread = Boolean.TRUE.equals(message.getIsTopicMessage()) && message.getMessageThreadId() != null
                ? message.getMessageThreadId().toString()
                : null;
        Integer date = edited && message.getEditDate() != null ? message.getEditDate() : message.getDate();
        return Optional.of(InboundMessage.builder(
                        new MessageRef(chat, message.getMessageId().toString()),
                        Objects.requireNonNull(author(message)),
                        date == null ? clock.instant() : Instant.ofEpochSecond(date))
                .thread(thread)
                .roles(rolesOf(chat, message))
                .text(text)
                .attachments(attachments)
                .replyTo(replyTo)
                .replyToBot(replyToBot)
                .mentionsBot(mentions)
                .languageHint(senderChat == null ? from.getLanguageCode() : null)
                .edited(edited)
                .quote(quote)
                .command(command)
                .build());
    }

    /** The replied-to message, unless it is only the creation of the forum topic the message is in. */
    private static @Nullable Message repliedTo(Message message) {
        Message replied = message.getReplyToMessage();
        if (replied == null || replied.getForumTopicCreated() != null) {
            return null;
        }
        return replied;
    }

    private boolean mentions(String text, @Nullable List<MessageEntity> entities) {
        if (entities != null) {
            for (MessageEntity entity : entities) {
                if ("text_mention".equals(entity.getType())
                        && entity.getUser() != null
                        && entity.getUser().getId() == bot.id()) {
                    return true;
                }
            }
        }
        return text.toLowerCase(Locale.ROOT).contains("@" + bot.username().toLowerCase(Locale.ROOT));
    }

    private static String hiddenLinks(@Nullable List<MessageEntity> entities) {
        if (entities == null) {
            return "";
        }
        List<String> urls = new ArrayList<>();
        for (MessageEntity entity : entities) {
            if ("text_link".equals(entity.getType()) && entity.getUrl() != null) {
                urls.add(entity.getUrl());
            }
        }
        return String.join(" ", urls);
    }

    /**
     * The message's entities, or none when the client cannot give them (it cuts each entity's text
     * out of the message and throws for a range outside it; the reader mends such ranges first).
     */
    private static @Nullable List<MessageEntity> entities(Message message) {
        try {
            return message.hasText() ? message.getEntities() : message.getCaptionEntities();
        } catch (IndexOutOfBoundsException e) {
            return List.of();
        }
    }

    private static String textOf(Message message) {
        if (message.hasText()) {
            return message.getText();
        }
        return Optional.ofNullable(message.getCaption()).orElse("");
    }

    private static List<Attachment> attachments(Message message) {
        List<Attachment> out = new ArrayList<>();
        if (message.hasPhoto()) {
            out.add(new Attachment("image", null, null));
        }
        if (message.hasDocument()) {
            out.add(new Attachment("document", message.getDocument().getFileName(), null));
        }
        if (message.hasVideo() || message.hasAnimation()) {
            out.add(new Attachment("video", null, null));
        }
        if (message.hasAudio() || message.hasVoice()) {
            out.add(new Attachment("audio", null, null));
        }
        if (message.hasSticker()) {
            out.add(new Attachment("sticker", null, null));
        }
        return out;
    }

    /**
     * Who posted a message: the member, or the chat it was sent on behalf of ({@code sender_chat}:
     * a channel, or the group itself for its anonymous administrators), since Telegram then fills
     * {@code from} with a placeholder bot.
     */
    private static @Nullable UserRef author(Message message) {
        Chat senderChat = message.getSenderChat();
        if (senderChat != null) {
            String title = senderChat.getTitle();
            return new UserRef(
                    Platform.TELEGRAM, senderChat.getId().toString(), senderChat.getUserName(), title, false);
        }
        return message.getFrom() == null ? null : user(message.getFrom());
    }

    /** The roles of a message's author: the chat's anonymous admins hold the chat's admin role. */
    private Set<String> rolesOf(ChatRef chat, Message message) {
        Chat senderChat = message.getSenderChat();
        if (senderChat == null) {
            return rolesOf(chat, message.getFrom());
        }
        boolean anonymousAdmin = chat.type() == ChatType.GROUP
                && senderChat.getId().equals(message.getChat().getId());
        return anonymousAdmin ? roles.anonymousAdminRoles(senderChat.getId()) : Set.of();
    }

    private Set<String> rolesOf(ChatRef chat, User user) {
        return chat.type() == ChatType.GROUP ? roles.rolesOf(Long.parseLong(chat.id()), user.getId()) : Set.of();
    }

    /** The core's reference to a Telegram chat; channels are not chats the bot talks in. */
    public static Optional<ChatRef> chat(@Nullable Chat chat) {
        if (chat == null || chat.getId() == null) {
            return Optional.empty();
        }
        return switch (typeOf(chat)) {
            case "private" ->
                Optional.of(new ChatRef(Platform.TELEGRAM, chat.getId().toString(), ChatType.PRIVATE));
            case "group", "supergroup" ->
                Optional.of(new ChatRef(Platform.TELEGRAM, chat.getId().toString(), ChatType.GROUP));
            default -> Optional.empty();
        };
    }

    /**
     * The chat's type; a chat sent without one is told by its id (users' private chats have
     * positive ids, groups negative), so that its message is still screened.
     */
    private static String typeOf(Chat chat) {
        if (chat.getType() != null) {
            return chat.getType();
        }
        return chat.getId() > 0 ? "private" : "supergroup";
    }

    /** The core's reference to a Telegram account. */
    public static UserRef user(User user) {
        String name = user.getLastName() == null || user.getLastName().isBlank()
                ? user.getFirstName()
                : user.getFirstName() + " " + user.getLastName();
        return new UserRef(
                Platform.TELEGRAM,
                user.getId().toString(),
                user.getUserName(),
                name,
                Boolean.TRUE.equals(user.getIsBot()));
    }
}
