package dev.watchkeeper.core.incident;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.incident.signal.SignalSettings;
import dev.watchkeeper.core.model.ChatRef;
import java.util.List;

/**
 * How incident mode behaves.
 *
 * @param enabled whether signals are counted and incidents can be opened
 * @param idPrefix the prefix of incident ids ({@code INC} gives {@code INC-7})
 * @param signals when a topic spikes
 * @param groupSimilarity how alike two messages no knowledge-base entry matches must be to count
 *     as one topic (share of words in common, 0 to 1)
 * @param announceChannels the community channels where incidents are announced and pinned, on any
 *     platform; none to announce nowhere
 * @param announceOnOpen whether opening an incident announces it at once (else staff use {@code
 *     /incident announce})
 * @param pin whether announcements are pinned
 * @param phrasingSimilarity how alike a member question must be to one of an open incident's
 *     phrasings (the words of its spike, and those staff add) to get its status, when its topic
 *     does not already say it is about the incident (weighted share of character n-grams in
 *     common, 0 to 1)
 */
public record IncidentSettings(
        boolean enabled,
        String idPrefix,
        SignalSettings signals,
        double groupSimilarity,
        List<ChatRef> announceChannels,
        boolean announceOnOpen,
        boolean pin,
        double phrasingSimilarity) {
    /** The default {@link #phrasingSimilarity()}, chosen on the incident tuning sets. */
    public static final double PHRASING_SIMILARITY = 0.4;

    public IncidentSettings {
        if (!(phrasingSimilarity > 0.0 && phrasingSimilarity <= 1.0)) {
            throw new IllegalArgumentException(
                    "phrasing similarity must be above 0 and at most 1: " + phrasingSimilarity);
        }
        requireNonNull(signals, "signals");
        if (idPrefix == null || !idPrefix.matches("[A-Z]{1,8}")) {
            throw new IllegalArgumentException("incident id prefix must be 1 to 8 capital letters: " + idPrefix);
        }
        if (!(groupSimilarity > 0.0 && groupSimilarity <= 1.0)) {
            throw new IllegalArgumentException("group similarity must be above 0 and at most 1: " + groupSimilarity);
        }
        announceChannels = List.copyOf(announceChannels);
        if (announceChannels.stream().anyMatch(ChatRef::isPrivate)) {
            throw new IllegalArgumentException("announcement channels must be community chats, not private ones");
        }
    }

    /** As above, with the default phrasing similarity. */
    public IncidentSettings(
            boolean enabled,
            String idPrefix,
            SignalSettings signals,
            double groupSimilarity,
            List<ChatRef> announceChannels,
            boolean announceOnOpen,
            boolean pin) {
        this(enabled, idPrefix, signals, groupSimilarity, announceChannels, announceOnOpen, pin, PHRASING_SIMILARITY);
    }

    /** Enabled with the default signals, no announcement channels. */
    public static IncidentSettings defaults() {
        return new IncidentSettings(true, "INC", SignalSettings.defaults(), 0.5, List.of(), true, true);
    }
}
