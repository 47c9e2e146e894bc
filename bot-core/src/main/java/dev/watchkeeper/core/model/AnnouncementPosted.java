package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * An adapter's report that it posted (and, where asked, pinned) an incident's announcement: the
 * incident desk keeps the message so that later updates edit it in place.
 *
 * @param chat the community chat the announcement is in
 * @param message the posted message
 * @param incident the incident announced
 * @param author the bot's own account
 * @param time when it was posted
 */
public record AnnouncementPosted(ChatRef chat, MessageRef message, IncidentId incident, UserRef author, Instant time)
        implements Inbound {
    public AnnouncementPosted {
        requireNonNull(chat, "chat");
        requireNonNull(message, "message");
        requireNonNull(incident, "incident");
        requireNonNull(author, "author");
        requireNonNull(time, "time");
    }
}
