package dev.watchkeeper.knowledge.search;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.knowledge.analysis.LanguageAnalysis;
import dev.watchkeeper.knowledge.semantic.DenseIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jspecify.annotations.Nullable;

/**
 * Ranks entries for a query. Phrasing documents vote for their entry (best hit counts fully, the
 * next ones with a decaying weight), the entry document adds a smaller share, and every score is
 * divided by the query's idf mass so that it is comparable across queries. Entries are grouped by
 * id (translations compete as one) and given a calibrated confidence. Thread-safe; CPU only.
 */
public final class EntryRanker {
    /**
     * A pseudo-score added to the hits' total before taking an entry's share, so that a weak match
     * in a small knowledge base (the only hit, hence "all" of the score) does not look decisive.
     */
    private static final double SHARE_PRIOR = 1.0;

    /**
     * What a match in a language other than the question's is worth: it still finds an entry
     * whose translation is missing, or a question in mixed languages, but it answers on its own
     * only when it is a very clear match (0.8 × 0.7 is above the default answer threshold of 0.5,
     * 0.8 × 0.6 is not).
     */
    static final double CROSS_LANGUAGE_DISCOUNT = 0.8;

    private final RankingWeights weights;
    private final ConfidenceModels models;
    private final TypoCorrector typos = new TypoCorrector();

    public EntryRanker(RankingWeights weights, ConfidenceModels models) {
        this.weights = weights;
        this.models = models;
    }

    /**
     * The best entries for {@code text}, best first, at most {@code limit}. The text is read in
     * every language of the index, each with its own analysis, and an entry's confidence is the
     * best of its languages'; matches outside the question's language ({@link QueryLanguages})
     * are discounted by {@value #CROSS_LANGUAGE_DISCOUNT}, and not searched at all once the
     * question's languages gave a confidence that high (the best hit and the answer decision are
     * then settled; only lower-ranked hits could have differed). Each entry comes in the
     * question's language when it has that translation, else in English, else as it matched.
     */
    public List<RankedEntry> rank(KnowledgeIndex index, String text, @Nullable String language, int limit) {
        return rank(index, text, language, limit, true);
    }

    /**
     * As {@link #rank(KnowledgeIndex, String, String, int)}; with {@code byMeaning} false the
     * question is searched lexically alone, which costs a tenth (for chatter nobody asked the bot).
     */
    public List<RankedEntry> rank(
            KnowledgeIndex index, String text, @Nullable String language, int limit, boolean byMeaning) {
        String clean = QueryText.clean(text);
        if (clean.isBlank() || index.entries().isEmpty()) {
            return List.of();
        }
        QueryLanguages languages = QueryLanguages.of(language, clean, index.keys());
        try {
            Map<String, Found> byId = new HashMap<>();
            double bestPrimary = 0;
            for (String key : keysInOrder(index, languages)) {
                boolean primary = languages.primary().contains(key);
                if (!primary && bestPrimary >= CROSS_LANGUAGE_DISCOUNT) {
                    // no discounted match can reach the best any more: the answer is decided
                    break;
                }
                String query = primary ? typos.correct(index, key, clean) : clean;
                List<RankedEntry> ranked = rankKey(index, key, clean, query, primary && byMeaning, primary, limit);
                for (int i = 0; i < ranked.size(); i++) {
                    RankedEntry r = ranked.get(i);
                    double confidence = primary ? r.confidence() : r.confidence() * CROSS_LANGUAGE_DISCOUNT;
                    Found found = new Found(new RankedEntry(r.entry(), confidence, r.features()), i, primary);
                    bestPrimary = primary ? Math.max(bestPrimary, confidence) : bestPrimary;
                    byId.merge(r.entry().id(), found, (a, b) -> a.betterThan(b) ? a : b);
                }
            }
            List<Found> found = new ArrayList<>(byId.values());
            found.sort((a, b) -> a.betterThan(b) ? -1 : (b.betterThan(a) ? 1 : 0));
            List<RankedEntry> results = new ArrayList<>(Math.min(limit, found.size()));
            for (Found f : found.subList(0, Math.min(limit, found.size()))) {
                results.add(inLanguage(index, f.ranked(), languages.preferred()));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best entries for {@code text} as one analysis key alone reads it (typos corrected as for
     * the question's own language), without the other languages; what that key's confidence model
     * is fitted on.
     */
    public List<RankedEntry> rankIn(KnowledgeIndex index, String text, String key, int limit) {
        String clean = QueryText.clean(text);
        if (clean.isBlank() || !index.keys().contains(key)) {
            return List.of();
        }
        try {
            return rankKey(index, key, clean, typos.correct(index, key, clean), true, true, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One analysis key's ranking: lexical, fused with the vote by meaning where the key's language
     * is searched by meaning and is one of the question's own (the model reads only its language).
     */
    private List<RankedEntry> rankKey(
            KnowledgeIndex index, String key, String clean, String query, boolean byMeaning, boolean primary, int limit)
            throws IOException {
        Map<Integer, Candidate> byEntry = new HashMap<>();
        Collected lexical = collect(index, key, query, byEntry);
        double totalHitScore = lexical.totalHitScore();
        if (byMeaning && weights.denseWeight() > 0 && index.searchesByMeaning(key)) {
            DenseIndex.Scores dense = index.searchByMeaning(clean);
            int[] closest = dense.best(Math.max(2, weights.denseHits()));
            for (int i = 0; i < Math.min(weights.denseHits(), closest.length); i++) {
                int ord = closest[i];
                if (LanguageAnalysis.keyOf(index.entries().get(ord).lang()).equals(key)) {
                    byEntry.computeIfAbsent(ord, Candidate::new).unknown = lexical.unknownShare();
                }
            }
            return finish(index, models.forHybrid(key), byEntry, totalHitScore, limit, dense, closest);
        }
        return finish(index, models.forKey(key), byEntry, totalHitScore, limit, null, new int[0]);
    }

    /** The question's languages first, so that the others can be skipped once the answer is clear. */
    private static List<String> keysInOrder(KnowledgeIndex index, QueryLanguages languages) {
        List<String> keys = new ArrayList<>(index.keys().size());
        for (String key : index.keys()) {
            if (languages.primary().contains(key)) {
                keys.add(key);
            }
        }
        for (String key : index.keys()) {
            if (!languages.primary().contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static RankedEntry inLanguage(KnowledgeIndex index, RankedEntry ranked, @Nullable String language) {
        if (language == null) {
            return ranked;
        }
        String id = ranked.entry().id();
        KnowledgeEntry version = index.version(id, language);
        if (version == null) {
            version = index.version(id, "en");
        }
        return version == null || version == ranked.entry()
                ? ranked
                : new RankedEntry(version, ranked.confidence(), ranked.features());
    }

    /**
     * An entry's best match over the languages: higher confidence first, then the better rank in
     * its language's list (the confidence ceiling makes ties), then the question's own language.
     */
    private record Found(RankedEntry ranked, int rank, boolean primary) {
        boolean betterThan(Found other) {
            int byConfidence = Double.compare(ranked.confidence(), other.ranked.confidence());
            if (byConfidence != 0) {
                return byConfidence > 0;
            }
            if (rank != other.rank) {
                return rank < other.rank;
            }
            if (primary != other.primary) {
                return primary;
            }
            return ranked.entry().id().compareTo(other.ranked.entry().id()) < 0;
        }
    }

    /**
     * What a key's lexical search found besides its candidates.
     *
     * @param totalHitScore the phrasing hits' total score (over the query's idf mass)
     * @param unknownShare the share of the query's idf mass in words no phrasing uses
     */
    private record Collected(double totalHitScore, double unknownShare) {}

    /** Searches one analysis key's fields for candidates. */
    private Collected collect(KnowledgeIndex index, String key, String text, Map<Integer, Candidate> byEntry)
            throws IOException {
        String phraseField = Fields.PHRASE + key;
        QueryTerms terms = QueryTerms.of(index, key, phraseField, text);
        if (terms.mass() <= 0 || terms.known().isEmpty()) {
            return new Collected(0, terms.mass() <= 0 ? 0 : terms.unknownShare());
        }
        FrozenIndex phraseIndex = index.phrases();
        FrozenIndex entryIndex = index.entryDocuments();
        BooleanQuery.Builder phrases = new BooleanQuery.Builder();
        BooleanQuery.Builder entries = new BooleanQuery.Builder();
        for (List<String> group : terms.known()) {
            addTermQuery(phrases, phraseIndex, phraseField, group, 1.0);
            addTermQuery(entries, entryIndex, Fields.ENTRY + key, group, 1.0);
            addTermQuery(entries, entryIndex, Fields.ANSWER + key, group, weights.answerBoost());
        }
        if (weights.pairBoost() > 0) {
            for (String pair :
                    new LinkedHashSet<>(TermGroups.terms(index.analysis().wordPairs(key), text))) {
                addTermQuery(phrases, phraseIndex, Fields.PHRASE_PAIRS + key, List.of(pair), weights.pairBoost());
            }
        }
        double total = 0;
        TopDocs phraseHits = phraseIndex.searcher().search(phrases.build(), topHits());
        for (ScoreDoc hit : phraseHits.scoreDocs) {
            Candidate candidate = byEntry.computeIfAbsent(index.entryOfPhrase(hit.doc), Candidate::new);
            double score = hit.score / terms.mass();
            candidate.addPhrase(score, terms.coverage(index.phraseTerms(), hit.doc), weights);
            candidate.unknown = terms.unknownShare();
            total += score;
        }
        TopDocs entryHits = entryIndex.searcher().search(entries.build(), topHits());
        for (ScoreDoc hit : entryHits.scoreDocs) {
            Candidate candidate = byEntry.get(hit.doc);
            if (candidate != null) {
                candidate.entryScore = hit.score / terms.mass();
                candidate.entryCoverage = terms.coverage(index.entryTerms(), hit.doc);
            }
        }
        return new Collected(total, terms.unknownShare());
    }

    /**
     * Collects the best hits without counting every match: only the top hits are used, and not
     * counting lets Lucene skip documents that cannot make the top (dynamic pruning).
     */
    private TopScoreDocCollectorManager topHits() {
        return new TopScoreDocCollectorManager(weights.phraseHits(), weights.phraseHits());
    }

    /**
     * Adds a group's query, with the term states the index has for a single term. A term no
     * document has is left out: it would match nothing.
     */
    private static void addTermQuery(
            BooleanQuery.Builder query, FrozenIndex target, String field, List<String> group, double boost)
            throws IOException {
        Query clause;
        if (group.size() == 1) {
            Term term = new Term(field, group.getFirst());
            TermStates states = target.termStates(term);
            if (states.docFreq() == 0) {
                return;
            }
            clause = new TermQuery(term, states);
        } else {
            SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
            group.forEach(term -> synonyms.addTerm(new Term(field, term)));
            clause = synonyms.build();
        }
        query.add(boost == 1.0 ? clause : new BoostQuery(clause, (float) boost), BooleanClause.Occur.SHOULD);
    }

    private List<RankedEntry> finish(
            KnowledgeIndex index,
            ConfidenceModel model,
            Map<Integer, Candidate> byEntry,
            double totalHitScore,
            int limit,
            DenseIndex.@Nullable Scores dense,
            int[] closest) {
        Map<String, Candidate> byId = new HashMap<>();
        double bestDense = Double.NEGATIVE_INFINITY;
        double secondDense = Double.NEGATIVE_INFINITY;
        if (dense != null) {
            // closest: the entries best by meaning, best first, as rankKey took them
            bestDense = closest.length > 0 ? dense.vote(closest[0]) : 0;
            secondDense = closest.length > 1 ? dense.vote(closest[1]) : 0;
        }
        for (Candidate candidate : byEntry.values()) {
            if (dense != null) {
                double vote = dense.vote(candidate.entry);
                candidate.dense = Double.isNaN(vote) ? 0 : vote;
                candidate.denseMargin = candidate.dense - (candidate.dense >= bestDense ? secondDense : bestDense);
            }
            candidate.total = candidate.phraseScore
                    + weights.entryWeight() * candidate.entryScore
                    + weights.denseWeight() * candidate.dense;
            String id = index.entries().get(candidate.entry).id();
            byId.merge(id, candidate, (a, b) -> a.total >= b.total ? a : b);
        }
        List<Candidate> ranked = new ArrayList<>(byId.values());
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.total).thenComparingInt(c -> c.entry));
        int n = Math.min(limit, ranked.size());
        List<RankedEntry> results = new ArrayList<>(n);
        double ceiling = 1.0;
        for (int i = 0; i < n; i++) {
            Candidate c = ranked.get(i);
            double other = i == 0 ? (ranked.size() > 1 ? ranked.get(1).total : 0.0) : ranked.getFirst().total;
            double margin = c.total - other;
            double share = c.hitScore / (totalHitScore + SHARE_PRIOR);
            MatchFeatures features = new MatchFeatures(
                    c.coverage, c.entryCoverage, c.total, margin, share, c.unknown, c.dense, c.denseMargin);
            double confidence = Math.min(ceiling, model.confidence(features));
            ceiling = confidence;
            KnowledgeEntry entry = index.entries().get(c.entry);
            results.add(new RankedEntry(entry, confidence, features));
        }
        return results;
    }

    /** One entry version's evidence while a query is scored. */
    private static final class Candidate {
        final int entry;
        int phrases;
        double phraseScore;
        double hitScore;
        double coverage;
        double entryScore;
        double entryCoverage;
        double unknown;
        double dense;
        double denseMargin;
        double total;

        Candidate(int entry) {
            this.entry = entry;
        }

        void addPhrase(double score, double phraseCoverage, RankingWeights weights) {
            hitScore += score;
            if (phrases < weights.hitsPerEntry()) {
                phraseScore += score * Math.pow(weights.decay(), phrases);
            }
            phrases++;
            coverage = Math.max(coverage, phraseCoverage);
        }
    }
}
