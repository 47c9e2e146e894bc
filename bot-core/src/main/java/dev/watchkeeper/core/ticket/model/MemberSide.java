package dev.watchkeeper.core.ticket.model;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's member-side address: who the member is, where they asked, and the private chat the
 * ticket continues in.
 *
 * @param member the member
 * @param origin the chat the hand-over happened in (a group or the private chat)
 * @param privateChat the member's private chat with the bot; until the member has written there,
 *     a chat whose id is the member's account id (see {@link dev.watchkeeper.core.decision.SendPrivate})
 * @param unreachableSince when the adapter reported that the private chat could not be reached,
 *     if it did and the member has not written privately since
 */
public record MemberSide(UserRef member, ChatRef origin, ChatRef privateChat, @Nullable Instant unreachableSince) {
    public MemberSide {
        requireNonNull(member, "member");
        requireNonNull(origin, "origin");
        requireNonNull(privateChat, "privateChat");
        if (!privateChat.isPrivate()) {
            throw new IllegalArgumentException("private chat must be private: " + privateChat);
        }
    }

    /** The member side of a ticket opened from this chat. */
    public static MemberSide from(UserRef member, ChatRef origin) {
        ChatRef privateChat =
                origin.isPrivate() ? origin : new ChatRef(member.platform(), member.id(), ChatType.PRIVATE);
        return new MemberSide(member, origin, privateChat, null);
    }

    /** Where member-facing ticket messages go. */
    public ReplyTarget target() {
        return ReplyTarget.chat(privateChat);
    }

    /** The member's account. */
    public AccountId account() {
        return AccountId.of(member);
    }

    /** False after a failed private delivery, until the member writes privately. */
    public boolean reachable() {
        return unreachableSince == null;
    }

    /** This side after a failed delivery. */
    public MemberSide unreachable(Instant now) {
        return new MemberSide(member, origin, privateChat, unreachableSince == null ? now : unreachableSince);
    }

    /** This side after the member wrote in a private chat. */
    public MemberSide reachedAt(ChatRef chat) {
        return new MemberSide(member, origin, chat, null);
    }
}
