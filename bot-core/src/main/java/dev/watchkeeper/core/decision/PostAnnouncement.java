package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.IncidentId;

/**
 * Post an incident's announcement in a community channel and, if asked, pin it. The adapter
 * reports the posted message back with an {@link dev.watchkeeper.core.model.AnnouncementPosted},
 * so that updates can {@link EditAnnouncement edit it in place}.
 *
 * @param to the community channel
 * @param incident the incident announced
 * @param text the announcement, in Markdown
 * @param pin whether to pin it (a bot without the right to pin still posts it)
 */
public record PostAnnouncement(ReplyTarget to, IncidentId incident, String text, boolean pin) implements Decision {
    public PostAnnouncement {
        requireNonNull(to, "to");
        requireNonNull(incident, "incident");
        requireNonNull(text, "text");
    }
}
