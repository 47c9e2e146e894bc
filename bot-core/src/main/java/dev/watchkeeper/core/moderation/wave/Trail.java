package dev.watchkeeper.core.moderation.wave;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.MessageRef;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The recent sightings of one would-be wave (a family of near-duplicate texts, or one domain), oldest
 * first: when and where each was posted and by whom, never what it said beyond one redacted
 * example. A message counts once, however often it is edited. At most {@link WaveSettings#MOST_MESSAGES} sightings are kept. Not thread-safe: {@link
 * ScamWaves} guards it.
 */
final class Trail {
    private static final int LONGEST_EXAMPLE = 600;

    private record Seen(Instant at, MessageRef message, String author) {}

    private final ArrayDeque<Seen> seen = new ArrayDeque<>();
    private final Set<MessageRef> messages = new HashSet<>();
    private final Instant started;
    private String example = "";
    private boolean alerted;

    Trail(Instant started) {
        this.started = started;
    }

    /** Adds a sighting; an edit of a message already on the trail only updates the example. */
    void add(Sighting sighting) {
        if (messages.add(sighting.message())) {
            seen.addLast(new Seen(
                    sighting.at(),
                    sighting.message(),
                    sighting.author().platform() + ":" + sighting.author().id()));
        }
        if (seen.size() > WaveSettings.MOST_MESSAGES) {
            messages.remove(seen.removeFirst().message());
        }
        String text = sighting.redactedText().strip();
        example = text.length() > LONGEST_EXAMPLE ? text.substring(0, LONGEST_EXAMPLE) + "…" : text;
    }

    /** Forgets the sightings before {@code cutoff}; true when none is left (the trail went quiet). */
    boolean forgetBefore(Instant cutoff) {
        while (!seen.isEmpty() && seen.peekFirst().at().isBefore(cutoff)) {
            messages.remove(seen.removeFirst().message());
        }
        return seen.isEmpty();
    }

    /** When the first sighting of this trail came (it may since have been forgotten). */
    Instant started() {
        return started;
    }

    Instant lastSeen() {
        return seen.isEmpty() ? started : seen.peekLast().at();
    }

    int size() {
        return seen.size();
    }

    Set<ChatRef> chats() {
        Set<ChatRef> chats = new LinkedHashSet<>();
        seen.forEach(s -> chats.add(s.message().chat()));
        return chats;
    }

    int authors() {
        Set<String> authors = new HashSet<>();
        seen.forEach(s -> authors.add(s.author()));
        return authors.size();
    }

    /** The latest sighting's text, secrets redacted, cut short. */
    String example() {
        return example;
    }

    boolean alerted() {
        return alerted;
    }

    void markAlerted() {
        alerted = true;
    }
}
