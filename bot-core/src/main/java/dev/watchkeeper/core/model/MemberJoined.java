package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Set;

/**
 * A member joined a community chat. The scam shield checks the newcomer's names for
 * impersonation of staff before they post anything.
 *
 * @param chat the community chat
 * @param author the member who joined
 * @param roles the member's roles, if the platform tells
 * @param time when they joined
 */
public record MemberJoined(ChatRef chat, UserRef author, Set<String> roles, Instant time) implements Inbound {
    public MemberJoined {
        requireNonNull(chat, "chat");
        requireNonNull(author, "author");
        requireNonNull(time, "time");
        roles = Set.copyOf(roles == null ? Set.of() : roles);
    }
}
