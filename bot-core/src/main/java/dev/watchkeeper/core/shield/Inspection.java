package dev.watchkeeper.core.shield;

import java.util.List;

/**
 * Everything the shield found in one message before weighing it: the evidence of its detectors,
 * the text model's calibrated probability and the words that drove it, and the context the
 * learned combination reads.
 *
 * @param evidence what the rules, link and secret detectors found, strongest first
 * @param textProbability the text model's calibrated probability of spam (0 when it was not asked)
 * @param drivers the words that pushed the text model towards spam, strongest first
 * @param warningTalk true when the message talks about scams (a warning, a question about one, a
 *     victim's report) without itself asking anything of the reader
 * @param links how many links the message has to domains that no allow list and no official
 *     domain covers
 * @param mentions how many members, roles or everyone the message mentions
 * @param dismissed true when a moderator dismissed this text (or a near-copy of it) before
 */
public record Inspection(
        List<Evidence> evidence,
        double textProbability,
        List<String> drivers,
        boolean warningTalk,
        int links,
        int mentions,
        boolean dismissed) {
    public Inspection {
        evidence = List.copyOf(evidence);
        drivers = List.copyOf(drivers);
    }

    /** True when the author leaked a secret of their own. */
    public boolean leaksSecret() {
        return evidence.stream().anyMatch(e -> e.signal().isSecret());
    }
}
