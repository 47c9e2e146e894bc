package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One message from any platform, as the engine sees it.
 *
 * @param id the platform's reference to this message
 * @param chat where it was posted
 * @param threadId the thread or forum topic inside the chat, if any
 * @param author who wrote it
 * @param roles the author's roles in this chat or community (platform role ids or names)
 * @param text the message text (caption for media); empty, never null
 * @param attachments media attached to the message
 * @param replyTo the message this one replies to, if any
 * @param replyToBot true when it replies to a message of Watchkeeper's
 * @param mentionsBot true when it mentions Watchkeeper by name or handle
 * @param time when it was posted
 * @param languageHint the author's language (IETF tag), if known: as the platform reports it when
 *     an adapter builds the message; the copy the bot's features see carries instead the language
 *     the bot decided to answer in (see {@link #inLanguage})
 * @param edited true when this is an edit of an earlier message
 * @param quote the message this one replies to, with its author and text, when the platform
 *     delivers it (used by {@code /report} as a reply)
 */
public record InboundMessage(
        MessageRef id,
        ChatRef chat,
        @Nullable String threadId,
        UserRef author,
        Set<String> roles,
        String text,
        List<Attachment> attachments,
        @Nullable MessageRef replyTo,
        boolean replyToBot,
        boolean mentionsBot,
        Instant time,
        @Nullable String languageHint,
        boolean edited,
        @Nullable Quote quote)
        implements Inbound {
    public InboundMessage {
        requireNonNull(id, "id");
        requireNonNull(chat, "chat");
        requireNonNull(author, "author");
        requireNonNull(time, "time");
        roles = Set.copyOf(roles == null ? Set.of() : roles);
        text = text == null ? "" : text;
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }

    /** A message that quotes nothing. */
    public InboundMessage(
            MessageRef id,
            ChatRef chat,
            @Nullable String threadId,
            UserRef author,
            Set<String> roles,
            String text,
            List<Attachment> attachments,
            @Nullable MessageRef replyTo,
            boolean replyToBot,
            boolean mentionsBot,
            Instant time,
            @Nullable String languageHint,
            boolean edited) {
        this(
                id,
                chat,
                threadId,
                author,
                roles,
                text,
                attachments,
                replyTo,
                replyToBot,
                mentionsBot,
                time,
                languageHint,
                edited,
                null);
    }

    /**
     * The message another one replies to.
     *
     * @param message the quoted message
     * @param author who wrote it
     * @param text its text (caption for media)
     */
    public record Quote(MessageRef message, UserRef author, String text) {
        public Quote {
            requireNonNull(message, "message");
            requireNonNull(author, "author");
            requireNonNull(text, "text");
        }
    }

    /** A plain text message with no thread, roles, attachments or reply; handy for adapters and tests. */
    public static InboundMessage text(String messageId, ChatRef chat, UserRef author, String text, Instant time) {
        return new InboundMessage(
                new MessageRef(chat, messageId),
                chat,
                null,
                author,
                Set.of(),
                text,
                List.of(),
                null,
                false,
                false,
                time,
                null,
                false);
    }

    /** A copy posted in this thread of its chat (a Discord thread, a Telegram forum topic). */
    public InboundMessage inThread(String thread) {
        return new InboundMessage(
                id,
                chat,
                requireNonNull(thread, "thread"),
                author,
                roles,
                text,
                attachments,
                replyTo,
                replyToBot,
                mentionsBot,
                time,
                languageHint,
                edited,
                quote);
    }

    /** A copy that says the message addresses the bot (mention, or reply to one of its messages). */
    public InboundMessage withMention() {
        return new InboundMessage(
                id,
                chat,
                threadId,
                author,
                roles,
                text,
                attachments,
                replyTo,
                replyToBot,
                true,
                time,
                languageHint,
                edited,
                quote);
    }

    /** This message as a reply to the given message of the bot's. */
    public InboundMessage replyingToBot(MessageRef botMessage) {
        return new InboundMessage(
                id,
                chat,
                threadId,
                author,
                roles,
                text,
                attachments,
                requireNonNull(botMessage, "botMessage"),
                true,
                mentionsBot,
                time,
                languageHint,
                edited,
                quote);
    }

    /**
     * A copy whose {@link #languageHint()} is the language the bot decided to answer this message
     * in, so that every feature that handles it speaks the same language.
     */
    public InboundMessage inLanguage(String language) {
        return new InboundMessage(
                id,
                chat,
                threadId,
                author,
                roles,
                text,
                attachments,
                replyTo,
                replyToBot,
                mentionsBot,
                time,
                language,
                edited,
                quote);
    }
}
