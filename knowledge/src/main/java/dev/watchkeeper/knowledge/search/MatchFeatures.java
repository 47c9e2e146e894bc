package dev.watchkeeper.knowledge.search;

/**
 * What the confidence of an entry is computed from; every value is scaled so that it means the
 * same whatever the query's length or words.
 *
 * @param coverage share of the query's idf mass that the entry's best phrasing contains
 * @param entryCoverage share of the query's idf mass found anywhere in the entry's phrasings
 * @param score the entry's score over the query's idf mass (with its dense share, when searched by meaning)
 * @param margin the score's lead over the best other entry (negative below the top)
 * @param share the entry's part of the retrieved phrasing hits' total score plus a prior, so
 *     that a lone weak hit does not count as a clear winner
 * @param unknown share of the query's idf mass in words no phrasing uses
 * @param dense the entry's vote by meaning: the cosine of its closest phrasings with the question,
 *     in [-1, 1]; 0 when the question was not searched by meaning
 * @param denseMargin that vote's lead over the best other entry's (negative below the top); 0
 *     when the question was not searched by meaning
 */
public record MatchFeatures(
        double coverage,
        double entryCoverage,
        double score,
        double margin,
        double share,
        double unknown,
        double dense,
        double denseMargin) {
    /** The features of a lexical match alone. */
    public MatchFeatures(
            double coverage, double entryCoverage, double score, double margin, double share, double unknown) {
        this(coverage, entryCoverage, score, margin, share, unknown, 0, 0);
    }
}
