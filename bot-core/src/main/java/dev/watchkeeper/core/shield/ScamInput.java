package dev.watchkeeper.core.shield;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the shield needs to judge one message.
 *
 * @param text the message text
 * @param author who wrote it
 * @param roles the author's role ids or names in the community
 * @param messageCount how many messages the member had posted before this one (0 for a first
 *     message)
 * @param staff true when the author is staff (the engine knows this from its own config)
 * @param mentionCount how many users, roles or everyone the message mentions
 */
public record ScamInput(
        String text, UserRef author, Set<String> roles, int messageCount, boolean staff, int mentionCount) {
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@[\\w.]{2,}|<@[!&]?\\d+>");
    private static final UserRef UNKNOWN = UserRef.member(Platform.CONSOLE, "unknown");
    private static final int ESTABLISHED = 1_000;

    public ScamInput {
        requireNonNull(text, "text");
        requireNonNull(author, "author");
        roles = Set.copyOf(roles);
        if (messageCount < 0 || mentionCount < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** An input for an inbound message; mentions are counted in its text. */
    public static ScamInput of(InboundMessage message, int messageCount, boolean staff) {
        return new ScamInput(
                message.text(), message.author(), message.roles(), messageCount, staff, countMentions(message.text()));
    }

    /** Text from an established member with no names and no roles: what evaluations use. */
    public static ScamInput text(String text) {
        return new ScamInput(text, UNKNOWN, Set.of(), ESTABLISHED, false, countMentions(text));
    }

    /** Counts {@code @name}, {@code @everyone} and Discord's {@code <@id>} mentions in a text. */
    public static int countMentions(String text) {
        if (text.indexOf('@') < 0) {
            return 0;
        }
        Matcher m = MENTION.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
