package dev.watchkeeper.core.moderation.wave;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.UserRef;
import java.time.Instant;
import java.util.Set;

/**
 * One message the shield flagged in a group, as {@link ScamWaves} sees it.
 *
 * @param chat where it was posted
 * @param author who posted it
 * @param redactedText its text with secrets already redacted (never the raw text)
 * @param domains the registrable domains of its links the shield found against (look-alikes,
 *     bait and listed phishing domains), lower case
 * @param at when it was posted
 */
public record Sighting(ChatRef chat, UserRef author, String redactedText, Set<String> domains, Instant at) {
    public Sighting {
        requireNonNull(chat, "chat");
        requireNonNull(author, "author");
        requireNonNull(redactedText, "redactedText");
        domains = Set.copyOf(domains);
        requireNonNull(at, "at");
    }
}
