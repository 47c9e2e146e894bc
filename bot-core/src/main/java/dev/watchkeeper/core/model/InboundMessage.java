package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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
 * @param language the author's language ({@link #languageHint()}), if known: as the platform
 *     reports it when an adapter builds the message; the copy the bot's features see carries
 *     instead the language the bot decides to answer in, decided when first asked for (see {@link
 *     #decidingLanguage})
 * @param edited true when this is an edit of an earlier message
 * @param quote the message this one replies to, with its author and text, when the platform
 *     delivers it (used by {@code /report} as a reply)
 * @param command the command to this bot the message is, as the adapter read it from the text
 *     ({@link BotCommand#parse}) or took it from the platform's own command; null for an ordinary
 *     message, and for a command addressed to another bot. The features read this, never the text.
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
        LanguageHint language,
        boolean edited,
        @Nullable Quote quote,
        @Nullable BotCommand command)
        implements Inbound {
    public InboundMessage {
        requireNonNull(id, "id");
        requireNonNull(chat, "chat");
        requireNonNull(author, "author");
        requireNonNull(time, "time");
        language = language == null ? LanguageHint.of(null) : language;
        roles = Set.copyOf(roles == null ? Set.of() : roles);
        text = text == null ? "" : text;
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }

    /**
     * The author's language (IETF tag), if known: as the platform reports it, or, in the copy the
     * bot's features see, the language the bot answers this message in. May block the first time
     * on that copy, while the language is decided ({@link LanguageHint}).
     */
    public @Nullable String languageHint() {
        return language.tag();
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

    /**
     * A builder for a message posted as {@code id} (whose chat is where it was posted) by {@code
     * author} at {@code time}. Everything else starts empty: no thread, roles, text, attachments,
     * reply, quote, language hint or command; not an edit, not addressed to the bot.
     */
    public static Builder builder(MessageRef id, UserRef author, Instant time) {
        return new Builder(id, author, time);
    }

    /**
     * A plain text message with no thread, roles, attachments or reply, whose command (if any) is
     * read from the text as typed to a bot with no known handle ({@code /name@anybot} is none);
     * handy for tests and for the command line's own questions.
     */
    public static InboundMessage text(String messageId, ChatRef chat, UserRef author, String text, Instant time) {
        return builder(new MessageRef(chat, messageId), author, time)
                .text(text)
                .command(BotCommand.parse(text, Set.of()).orElse(null))
                .build();
    }

    /** A builder that starts from this message, for a copy that differs in a few parts. */
    public Builder toBuilder() {
        return new Builder(id, author, time)
                .thread(threadId)
                .roles(roles)
                .text(text)
                .attachments(attachments)
                .replyTo(replyTo)
                .replyToBot(replyToBot)
                .mentionsBot(mentionsBot)
                .language(language)
                .edited(edited)
                .quote(quote)
                .command(command);
    }

    /** A copy posted in this thread of its chat (a Discord thread, a Telegram forum topic). */
    public InboundMessage inThread(String thread) {
        return toBuilder().thread(requireNonNull(thread, "thread")).build();
    }

    /** A copy that says the message addresses the bot (mention, or reply to one of its messages). */
    public InboundMessage withMention() {
        return toBuilder().mentionsBot(true).build();
    }

    /** This message as a reply to the given message of the bot's. */
    public InboundMessage replyingToBot(MessageRef botMessage) {
        return toBuilder()
                .replyTo(requireNonNull(botMessage, "botMessage"))
                .replyToBot(true)
                .build();
    }

    /**
     * A copy whose {@link #languageHint()} is the language the bot decided to answer this message
     * in, so that every feature that handles it speaks the same language.
     */
    public InboundMessage inLanguage(String language) {
        return toBuilder().languageHint(language).build();
    }

    /**
     * A copy whose {@link #languageHint()} is the language {@code decide} gives, decided the first
     * time a feature asks for it: deciding costs a conversation read and language detection, which
     * a message nobody answers or counts does not need.
     */
    public InboundMessage decidingLanguage(Supplier<String> decide) {
        return toBuilder().language(LanguageHint.decidedOnUse(decide)).build();
    }

    /**
     * Builds an {@link InboundMessage} part by part; see {@link InboundMessage#builder}. The parts
     * are those of the record, under the same names. Not thread-safe: one builder per message.
     */
    public static final class Builder {
        private final MessageRef id;
        private final UserRef author;
        private final Instant time;
        private @Nullable String threadId;
        private Set<String> roles = Set.of();
        private String text = "";
        private List<Attachment> attachments = List.of();
        private @Nullable MessageRef replyTo;
        private boolean replyToBot;
        private boolean mentionsBot;
        private LanguageHint language = LanguageHint.of(null);
        private boolean edited;
        private @Nullable Quote quote;
        private @Nullable BotCommand command;

        private Builder(MessageRef id, UserRef author, Instant time) {
            this.id = requireNonNull(id, "id");
            this.author = requireNonNull(author, "author");
            this.time = requireNonNull(time, "time");
        }

        /** The thread or forum topic inside the chat; null for none. */
        public Builder thread(@Nullable String threadId) {
            this.threadId = threadId;
            return this;
        }

        /** The author's roles in this chat or community. */
        public Builder roles(Set<String> roles) {
            this.roles = requireNonNull(roles, "roles");
            return this;
        }

        /** The message text (caption for media). */
        public Builder text(String text) {
            this.text = requireNonNull(text, "text");
            return this;
        }

        /** Media attached to the message. */
        public Builder attachments(List<Attachment> attachments) {
            this.attachments = requireNonNull(attachments, "attachments");
            return this;
        }

        /** The message this one replies to; null for none. */
        public Builder replyTo(@Nullable MessageRef replyTo) {
            this.replyTo = replyTo;
            return this;
        }

        /** Whether the message it replies to is one of Watchkeeper's. */
        public Builder replyToBot(boolean replyToBot) {
            this.replyToBot = replyToBot;
            return this;
        }

        /** Whether it mentions Watchkeeper by name or handle. */
        public Builder mentionsBot(boolean mentionsBot) {
            this.mentionsBot = mentionsBot;
            return this;
        }

        /** The author's language (IETF tag); null when not known. */
        public Builder languageHint(@Nullable String languageHint) {
            this.language = LanguageHint.of(languageHint);
            return this;
        }

        private Builder language(LanguageHint language) {
            this.language = language;
            return this;
        }

        /** Whether this is an edit of an earlier message. */
        public Builder edited(boolean edited) {
            this.edited = edited;
            return this;
        }

        /** The replied-to message with its author and text; null when the platform did not deliver it. */
        public Builder quote(@Nullable Quote quote) {
            this.quote = quote;
            return this;
        }

        /**
         * The command to this bot the message is; null for none. Adapters read it from the text
         * with {@link BotCommand#parse} and the bot's handles on their platform.
         */
        public Builder command(@Nullable BotCommand command) {
            this.command = command;
            return this;
        }

        /** The message; posted in the chat of its {@code id}. */
        public InboundMessage build() {
            return new InboundMessage(
                    id,
                    id.chat(),
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
                    quote,
                    command);
        }
    }
}
