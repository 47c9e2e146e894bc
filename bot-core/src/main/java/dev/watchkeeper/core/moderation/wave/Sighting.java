package dev.watchkeeper.core.moderation.wave;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import java.util.Set;

/**
 * One message the shield flagged in a group, as {@link ScamWaves} sees it.
 *
 * @param message the message, in its chat (an edit is the same message again)
 * @param author who posted it
 * @param redactedText its text with secrets already redacted (never the raw text)
 * @param domains the registrable domains of its links the shield found against (look-alikes,
 *     bait and listed phishing domains), lower case
 * @param at when it was posted
 */
public record Sighting(MessageRef message, UserRef author, String redactedText, Set<String> domains, Instant at) {
    public Sighting {
        requireNonNull(message, "message");
        requireNonNull(author, "author");
        requireNonNull(redactedText, "redactedText");
        domains = Set.copyOf(domains);
        requireNonNull(at, "at");
    }

    /** Where it was posted. */
    public ChatRef chat() {
        return message.chat();
    }
}
