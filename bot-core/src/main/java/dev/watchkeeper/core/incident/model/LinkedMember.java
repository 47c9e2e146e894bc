package dev.watchkeeper.core.incident.model;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member the incident concerns: they asked about it in private or had a ticket linked to it,
 * and get one message when it is resolved.
 *
 * @param member who
 * @param privateChat their private chat with the bot, where the resolution message goes
 * @param language the language they are answered in
 * @param ticket their ticket linked to the incident, if any
 * @param at when they were first linked
 */
public record LinkedMember(
        UserRef member, ChatRef privateChat, String language, @Nullable TicketId ticket, Instant at) {
    public LinkedMember {
        requireNonNull(member, "member");
        requireNonNull(privateChat, "privateChat");
        requireNonNull(language, "language");
        requireNonNull(at, "at");
        if (!privateChat.isPrivate()) {
            throw new IllegalArgumentException("a linked member's chat must be private: " + privateChat);
        }
    }

    /** The key the member is known by in the incident: platform and account id. */
    public String key() {
        return key(member);
    }

    /** The key a member is known by in an incident. */
    public static String key(UserRef member) {
        return member.platform().name().toLowerCase(java.util.Locale.ROOT) + ":" + member.id();
    }

    /** This link with the member's ticket, keeping the earlier link time. */
    public LinkedMember withTicket(TicketId id) {
        return new LinkedMember(member, privateChat, language, id, at);
    }
}
