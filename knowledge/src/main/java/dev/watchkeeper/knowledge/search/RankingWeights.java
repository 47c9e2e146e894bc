package dev.watchkeeper.knowledge.search;

/**
 * How phrasing hits and entry documents combine into an entry's score. The defaults were chosen
 * on the dev sets (see CALIBRATION.md).
 *
 * @param phraseHits phrasing documents retrieved per query
 * @param decay weight of an entry's n-th best phrasing hit relative to the one before (votes)
 * @param hitsPerEntry the most phrasing hits an entry's score counts
 * @param entryWeight weight of the entry document (all phrasings together) against the phrasings
 * @param pairBoost weight of a matching word pair against a single word
 * @param answerBoost weight of answer words on the entry document
 */
public record RankingWeights(
        int phraseHits, double decay, int hitsPerEntry, double entryWeight, double pairBoost, double answerBoost) {
    public static RankingWeights defaults() {
        return new RankingWeights(40, 0.5, 4, 0.3, 0.5, 0.2);
    }
}
