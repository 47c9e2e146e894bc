package dev.watchkeeper.knowledge.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

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
 * @param entryK1 BM25 term-frequency saturation on entry documents: a word many phrasings of an
 *     entry use is characteristic of it, so saturate later than on single phrasings
 * @param entryB BM25 length normalisation on entry documents
 * @param denseWeight weight of an entry's vote by meaning ({@link MatchFeatures#dense()}) in its
 *     score, where the question is searched by meaning
 * @param denseHits the entries best by meaning that join the lexical candidates
 */
public record RankingWeights(
        int phraseHits,
        double decay,
        int hitsPerEntry,
        double entryWeight,
        double pairBoost,
        double answerBoost,
        double entryK1,
        double entryB,
        double denseWeight,
        int denseHits) {
    /** Weights of lexical search with the dense defaults. */
    public RankingWeights(
            int phraseHits,
            double decay,
            int hitsPerEntry,
            double entryWeight,
            double pairBoost,
            double answerBoost,
            double entryK1,
            double entryB) {
        this(phraseHits, decay, hitsPerEntry, entryWeight, pairBoost, answerBoost, entryK1, entryB, 8.0, 10);
    }

    public static RankingWeights defaults() {
        return new RankingWeights(40, 0.5, 4, 3.0, 0.5, 0.2, 1.2, 0.75);
    }

    /** These weights with another weight of the dense vote. */
    public RankingWeights withDenseWeight(double weight) {
        return new RankingWeights(
                phraseHits,
                decay,
                hitsPerEntry,
                entryWeight,
                pairBoost,
                answerBoost,
                entryK1,
                entryB,
                weight,
                denseHits);
    }

    /** Lucene's BM25 for phrasings, and the entry documents' own parameters. */
    Similarity similarity() {
        BM25Similarity phrases = new BM25Similarity();
        BM25Similarity entries = new BM25Similarity((float) entryK1, (float) entryB);
        return new PerFieldSimilarityWrapper() {
            @Override
            public Similarity get(String field) {
                return field.startsWith(Fields.ENTRY) || field.startsWith(Fields.ANSWER) ? entries : phrases;
            }
        };
    }
}
