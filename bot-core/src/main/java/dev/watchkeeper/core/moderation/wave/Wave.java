package dev.watchkeeper.core.moderation.wave;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A scam wave, as moderators are told of it when it starts.
 *
 * @param kind what made it a wave
 * @param messages how many flagged messages it holds within the window
 * @param chats the chats it was posted in (sorted by platform, then id)
 * @param domain the new domain, for a {@link WaveKind#NEW_DOMAIN} wave
 * @param example one of its messages, secrets redacted
 * @param detectedAt when it became a wave
 * @param strictUntil until when new members are judged more strictly (at {@code detectedAt} when
 *     strict mode is off); later while the wave goes on
 */
public record Wave(
        WaveKind kind,
        int messages,
        Set<ChatRef> chats,
        @Nullable String domain,
        String example,
        Instant detectedAt,
        Instant strictUntil) {
    private static final Comparator<ChatRef> BY_PLACE =
            Comparator.comparing(ChatRef::platform).thenComparing(ChatRef::id);

    public Wave {
        requireNonNull(kind, "kind");
        TreeSet<ChatRef> sorted = new TreeSet<>(BY_PLACE);
        sorted.addAll(chats);
        chats = java.util.Collections.unmodifiableSortedSet(sorted);
        requireNonNull(example, "example");
        requireNonNull(detectedAt, "detectedAt");
        requireNonNull(strictUntil, "strictUntil");
    }

    /** The platforms it touched, in order. */
    public Set<Platform> platforms() {
        Set<Platform> platforms = java.util.EnumSet.noneOf(Platform.class);
        chats.forEach(chat -> platforms.add(chat.platform()));
        return platforms;
    }
}
