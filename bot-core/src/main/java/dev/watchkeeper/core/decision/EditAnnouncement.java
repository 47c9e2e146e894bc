package dev.watchkeeper.core.decision;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.MessageRef;

/**
 * Replace the text of an incident's announcement posted earlier, in place; unpin it when it is no
 * longer to stay pinned (the incident is resolved).
 *
 * @param to the channel the announcement is in
 * @param incident the incident announced
 * @param message the announcement message
 * @param text its new text, in Markdown
 * @param pinned whether it stays pinned
 */
public record EditAnnouncement(ReplyTarget to, IncidentId incident, MessageRef message, String text, boolean pinned)
        implements Decision {
    public EditAnnouncement {
        requireNonNull(to, "to");
        requireNonNull(incident, "incident");
        requireNonNull(message, "message");
        requireNonNull(text, "text");
    }
}
