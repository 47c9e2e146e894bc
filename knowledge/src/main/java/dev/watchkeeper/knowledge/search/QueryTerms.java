package dev.watchkeeper.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Term;

/**
 * A query's term groups with their idf, for one analysis key. Words no phrasing uses keep their
 * (maximal) idf in the mass, so a query full of unknown words never looks well covered.
 */
final class QueryTerms {
    private final List<List<String>> known;
    private final double[] knownIdf;
    /** Per known group: the numbers of its terms that some phrasing has (see {@link TermSets}). */
    private final int[][] knownNumbers;

    private final double mass;
    private final double unknownMass;

    private QueryTerms(
            KnowledgeIndex index, List<List<String>> known, double[] knownIdf, double mass, double unknownMass) {
        this.known = known;
        this.knownIdf = knownIdf;
        this.knownNumbers = new int[known.size()][];
        for (int i = 0; i < known.size(); i++) {
            knownNumbers[i] = numbers(index, known.get(i));
        }
        this.mass = mass;
        this.unknownMass = unknownMass;
    }

    static QueryTerms of(KnowledgeIndex index, String key, String field, String text) throws IOException {
        List<List<String>> groups = TermGroups.of(index.analysis().words(key), field, text);
        FrozenIndex phrases = index.phrases();
        int docs = Math.max(1, phrases.reader().getDocCount(field));
        double unknownIdf = idf(docs, 0);
        List<List<String>> known = new ArrayList<>(groups.size());
        double[] idfs = new double[groups.size()];
        double mass = 0;
        double unknownMass = 0;
        for (List<String> group : groups) {
            int df = 0;
            for (String term : group) {
                int termDf = phrases.termStates(new Term(field, term)).docFreq();
                df = df == 0 ? termDf : (termDf == 0 ? df : Math.min(df, termDf));
            }
            if (df == 0) {
                unknownMass += unknownIdf;
                mass += unknownIdf;
            } else {
                double idf = idf(docs, df);
                idfs[known.size()] = idf;
                known.add(group);
                mass += idf;
            }
        }
        return new QueryTerms(index, known, idfs, mass, unknownMass);
    }

    private static int[] numbers(KnowledgeIndex index, List<String> group) {
        int[] numbers = new int[group.size()];
        int n = 0;
        for (String term : group) {
            int number = index.termNumber(term);
            if (number >= 0) {
                numbers[n++] = number;
            }
        }
        return n == numbers.length ? numbers : Arrays.copyOf(numbers, n);
    }

    private static double idf(int docs, int df) {
        return Math.log(1.0 + (docs - df + 0.5) / (df + 0.5));
    }

    List<List<String>> known() {
        return known;
    }

    /** The idf mass of all the query's groups, known or not. */
    double mass() {
        return mass;
    }

    double unknownShare() {
        return mass <= 0 ? 0.0 : unknownMass / mass;
    }

    /** The share of the idf mass whose groups have a term in set {@code set} of {@code terms}. */
    double coverage(TermSets terms, int set) {
        double covered = 0;
        for (int i = 0; i < knownNumbers.length; i++) {
            for (int number : knownNumbers[i]) {
                if (terms.contains(set, number)) {
                    covered += knownIdf[i];
                    break;
                }
            }
        }
        return mass <= 0 ? 0.0 : covered / mass;
    }
}
