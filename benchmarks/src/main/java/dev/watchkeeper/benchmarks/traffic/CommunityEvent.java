package dev.watchkeeper.benchmarks.traffic;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message of the generated day, with the generator's own labels.
 *
 * @param time when it was posted
 * @param chat where: a community's group chat, or the member's private chat with the bot
 * @param member who wrote it
 * @param languageHint the language the platform reports for the member (Telegram's app language;
 *     mostly none on Discord): sometimes wrong, sometimes missing
 * @param text what the member wrote, without a mention of the bot
 * @param addressed true when a group message mentions the bot (always true in a private chat)
 * @param language the language the text is written in
 * @param topic what it is about: a knowledge-base entry for support questions, an incident topic
 *     for a spike's messages, {@link #CHATTER} or {@link #OFF_TOPIC}
 * @param kind why the generator wrote it
 */
public record CommunityEvent(
        Instant time,
        ChatRef chat,
        UserRef member,
        @Nullable String languageHint,
        String text,
        boolean addressed,
        String language,
        String topic,
        Kind kind) {

    /** The topic of chatter. */
    public static final String CHATTER = "chatter";

    /** The topic of lines addressed to the bot that are not support questions. */
    public static final String OFF_TOPIC = "off-topic";

    /** Why the generator wrote a message. */
    public enum Kind {
        /** Small talk in a group. */
        CHATTER,
        /** Small talk in a burst: many members in a few minutes, after a price move or a meme. */
        BURST,
        /** A support question (or an off-topic line) to the bot. */
        QUESTION,
        /** A member asking again what they asked a few minutes before. */
        REPEAT,
        /** One member posting the same question over and over. */
        SPAM,
        /** A member writing about an incident during its spike. */
        SPIKE
    }

    public CommunityEvent {
        requireNonNull(time, "time");
        requireNonNull(chat, "chat");
        requireNonNull(member, "member");
        requireNonNull(text, "text");
        requireNonNull(language, "language");
        requireNonNull(topic, "topic");
        requireNonNull(kind, "kind");
        if (chat.platform() != member.platform()) {
            throw new IllegalArgumentException(
                    "a " + member.platform() + " member cannot write in a " + chat.platform() + " chat");
        }
    }

    /** The platform it was posted on. */
    public Platform platform() {
        return chat.platform();
    }

    /**
     * The message as an adapter would hand it to the bot: a Telegram group message that mentions
     * the bot starts with {@code @watchkeeper}, as members type it (the Discord adapter strips its
     * mention from the text, so a Discord one does not).
     */
    public InboundMessage toInbound(String messageId) {
        boolean typedMention = addressed && !chat.isPrivate() && chat.platform() == Platform.TELEGRAM;
        return InboundMessage.builder(new MessageRef(chat, messageId), member, time)
                .text(typedMention ? "@watchkeeper " + text : text)
                .mentionsBot(addressed && !chat.isPrivate())
                .languageHint(languageHint)
                .build();
    }
}
