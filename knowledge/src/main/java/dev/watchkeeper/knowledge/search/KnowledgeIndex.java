package dev.watchkeeper.knowledge.search;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.knowledge.analysis.LanguageAnalysis;
import dev.watchkeeper.knowledge.analysis.SurfaceAnalyzer;
import dev.watchkeeper.knowledge.semantic.DenseIndex;
import dev.watchkeeper.knowledge.semantic.PhrasingEmbedder;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.similarities.Similarity;
import org.jspecify.annotations.Nullable;

/**
 * An immutable index of one version of the knowledge base: a document per phrasing
 * (title, question, alias) and a document per entry version, plus the analysed terms of each, which
 * the ranker uses to measure how much of a query a match covers. Phrasings and entry documents are
 * two Lucene indexes, so that each field is on every document of its index (for one language):
 * Lucene then reads length norms directly instead of through a sparse index, a quarter of search
 * time when they shared one. Field statistics are per field either way, so scores are the same.
 * Searches may run concurrently, each holding a reference ({@link #tryAcquire()}, {@link
 * #release()}); {@link #close()} gives back the builder's, and the last reference given back
 * closes the indexes and deletes their files (unless they belong to the {@link IndexCache}).
 */
public final class KnowledgeIndex implements Closeable {
    private static final int MAX_CORRECTIONS = 50_000;

    private final List<KnowledgeEntry> entries;
    private final LanguageAnalysis analysis;
    private final SurfaceAnalyzer surface = new SurfaceAnalyzer();
    /** One document per phrasing, in entry order. */
    private final FrozenIndex phrases;
    /** One document per entry version; its id is the entry ordinal. */
    private final FrozenIndex entryDocuments;

    private final Set<String> keys = new LinkedHashSet<>();
    /** Per entry id: the ordinals of its versions (one per language). */
    private final Map<String, List<Integer>> ordinalsById = new HashMap<>();
    /** Per phrasing document: the entry ordinal it belongs to. */
    private final int[] entryOfPhrase;
    /** The numbers of the terms in {@link #phraseTerms} and {@link #entryTerms}. */
    private final TermSets.Numbering termNumbers = new TermSets.Numbering();
    /** Per phrasing document: its analysed terms. */
    private final TermSets phraseTerms;
    /** Per entry ordinal: the analysed terms of all its phrasings. */
    private final TermSets entryTerms;
    /** The model that encodes questions for {@link #dense}, or null for lexical search alone. */
    private final @Nullable PhrasingEmbedder embedder;
    /** The phrasing vectors of the entries in languages the model covers, or null. */
    private final @Nullable DenseIndex dense;

    private final ConcurrentMap<String, String> corrections = new ConcurrentHashMap<>();
    private final AtomicInteger references = new AtomicInteger(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private KnowledgeIndex(
            List<KnowledgeEntry> entries,
            LanguageAnalysis analysis,
            Similarity similarity,
            @Nullable PhrasingEmbedder embedder,
            IndexCache cache) {
        this.entries = List.copyOf(entries);
        this.analysis = analysis;
        this.embedder = embedder;
        this.dense = embedder == null ? null : denseIndex(this.entries, embedder);
        List<Integer> owners = new ArrayList<>();
        for (int ord = 0; ord < this.entries.size(); ord++) {
            KnowledgeEntry entry = this.entries.get(ord);
            keys.add(LanguageAnalysis.keyOf(entry.lang()));
            ordinalsById.computeIfAbsent(entry.id(), id -> new ArrayList<>(1)).add(ord);
            for (int i = phrasings(entry).size(); i > 0; i--) {
                owners.add(ord);
            }
        }
        entryOfPhrase = owners.stream().mapToInt(Integer::intValue).toArray();
        IndexCache.Indexes indexes = cache.indexes(
                IndexCache.keyOf(this.entries, analysis),
                entryOfPhrase.length,
                this.entries.size(),
                () -> sources(this.entries, analysis),
                new FieldAnalyzer(),
                similarity);
        this.phrases = indexes.phrases();
        this.entryDocuments = indexes.entries();
        // an index opened from the cache analysed nothing: make the analyzers now, as a build does,
        // so that their word lists' problems are known at load and no question waits for them
        keys.forEach(analysis::words);
        List<Set<String>> termsOfEntries = new ArrayList<>(this.entries.size());
        for (int ord = 0; ord < this.entries.size(); ord++) {
            termsOfEntries.add(new HashSet<>());
        }
        for (int doc = 0; doc < entryOfPhrase.length; doc++) {
            termsOfEntries.get(entryOfPhrase[doc]).addAll(indexes.phraseTerms().get(doc));
        }
        phraseTerms = termNumbers.number(indexes.phraseTerms());
        entryTerms = termNumbers.number(termsOfEntries);
    }

    /**
     * The documents of both indexes and the analysed terms of each phrasing: the analysis of every
     * phrasing, which the index cache saves a restart.
     */
    private static IndexCache.Sources sources(List<KnowledgeEntry> entries, LanguageAnalysis analysis) {
        List<Document> phraseDocuments = new ArrayList<>();
        List<Document> entryDocuments = new ArrayList<>(entries.size());
        List<Set<String>> termsOfPhrases = new ArrayList<>();
        for (KnowledgeEntry entry : entries) {
            String key = LanguageAnalysis.keyOf(entry.lang());
            for (String phrase : phrasings(entry)) {
                Document doc = new Document();
                doc.add(new TextField(Fields.PHRASE + key, phrase, Field.Store.NO));
                doc.add(new TextField(Fields.PHRASE_PAIRS + key, phrase, Field.Store.NO));
                doc.add(new TextField(Fields.SURFACE + key, phrase, Field.Store.NO));
                doc.add(new StringField(Fields.LANG, entry.lang(), Field.Store.NO));
                phraseDocuments.add(doc);
                termsOfPhrases.add(new HashSet<>(TermGroups.terms(analysis.words(key), phrase)));
            }
            Document doc = new Document();
            doc.add(new TextField(Fields.ENTRY + key, String.join("\n", phrasings(entry)), Field.Store.NO));
            doc.add(new TextField(Fields.ANSWER + key, entry.answer(), Field.Store.NO));
            doc.add(new StringField(Fields.LANG, entry.lang(), Field.Store.NO));
            entryDocuments.add(doc);
        }
        return new IndexCache.Sources(phraseDocuments, entryDocuments, termsOfPhrases);
    }

    /** Indexes these entries (at most one per id and language) for lexical search. Blocks for the CPU work. */
    public static KnowledgeIndex build(
            List<KnowledgeEntry> entries, LanguageAnalysis analysis, RankingWeights weights) {
        return new KnowledgeIndex(entries, analysis, weights.similarity(), null, IndexCache.none());
    }

    /**
     * Indexes these entries for lexical search and, in the languages the embedder's model covers,
     * dense search too. Blocks while phrasings missing from the embedding cache are encoded (on
     * every core) and the cache is written.
     */
    public static KnowledgeIndex build(
            List<KnowledgeEntry> entries,
            LanguageAnalysis analysis,
            RankingWeights weights,
            @Nullable PhrasingEmbedder embedder) {
        return build(entries, analysis, weights, embedder, IndexCache.none());
    }

    /**
     * Like {@link #build(List, LanguageAnalysis, RankingWeights, PhrasingEmbedder)}, with the Lucene
     * indexes opened from {@code cache} when it holds this version of the knowledge base, and built
     * and kept there when it does not. Blocks on the disk as well.
     */
    public static KnowledgeIndex build(
            List<KnowledgeEntry> entries,
            LanguageAnalysis analysis,
            RankingWeights weights,
            @Nullable PhrasingEmbedder embedder,
            IndexCache cache) {
        return new KnowledgeIndex(entries, analysis, weights.similarity(), embedder, cache);
    }

    private static @Nullable DenseIndex denseIndex(List<KnowledgeEntry> entries, PhrasingEmbedder embedder) {
        List<String> texts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int ord = 0; ord < entries.size(); ord++) {
            KnowledgeEntry entry = entries.get(ord);
            if (embedder.covers(LanguageAnalysis.keyOf(entry.lang()))) {
                for (String phrase : phrasings(entry)) {
                    texts.add(phrase);
                    owners.add(ord);
                }
            }
        }
        if (texts.isEmpty()) {
            return null;
        }
        PhrasingEmbedder.Embedded embedded = embedder.phrasings(texts);
        return new DenseIndex(
                embedded.vectors(), owners.stream().mapToInt(Integer::intValue).toArray(), entries.size());
    }

    private static List<String> phrasings(KnowledgeEntry entry) {
        List<String> all =
                new ArrayList<>(entry.questions().size() + entry.aliases().size() + 1);
        all.add(entry.title());
        all.addAll(entry.questions());
        all.addAll(entry.aliases());
        return all;
    }

    /**
     * The spelling corrections found so far for words no phrasing uses (an empty string for "no
     * correction"), so that a typo members repeat is looked up once per index. Bounded: cleared
     * when it grows past {@value #MAX_CORRECTIONS} words.
     */
    Map<String, String> corrections() {
        if (corrections.size() > MAX_CORRECTIONS) {
            corrections.clear();
        }
        return corrections;
    }

    /**
     * The version of entry {@code id} in {@code language} (a tag; its primary subtag is enough),
     * or null when the entry has no such translation.
     */
    @Nullable
    KnowledgeEntry version(String id, String language) {
        List<Integer> ordinals = ordinalsById.getOrDefault(id, List.of());
        String key = LanguageAnalysis.keyOf(language);
        KnowledgeEntry sameKey = null;
        for (int ord : ordinals) {
            KnowledgeEntry entry = entries.get(ord);
            if (entry.lang().equals(language)) {
                return entry;
            }
            if (sameKey == null && LanguageAnalysis.keyOf(entry.lang()).equals(key)) {
                sameKey = entry;
            }
        }
        return key.equals(LanguageAnalysis.FALLBACK) ? null : sameKey;
    }

    /** The entry versions, by ordinal. */
    public List<KnowledgeEntry> entries() {
        return entries;
    }

    /** The phrasing documents: every phrasing's words, word pairs and surface words. */
    FrozenIndex phrases() {
        return phrases;
    }

    /** The entry documents; a document's id is its entry ordinal. */
    FrozenIndex entryDocuments() {
        return entryDocuments;
    }

    LanguageAnalysis analysis() {
        return analysis;
    }

    Analyzer surface() {
        return surface;
    }

    /** The analysis keys of the entries indexed. */
    Set<String> keys() {
        return keys;
    }

    int entryOfPhrase(int doc) {
        return entryOfPhrase[doc];
    }

    /** The number of an analysed term in {@link #phraseTerms()} and {@link #entryTerms()}; -1 if none has it. */
    int termNumber(String term) {
        return termNumbers.numberOf(term);
    }

    /** Whether questions in this analysis key are also searched by meaning. */
    boolean searchesByMeaning(String key) {
        return dense != null && embedder != null && embedder.covers(key);
    }

    /** Every entry's dense vote for the question; only where {@link #searchesByMeaning} holds. */
    DenseIndex.Scores searchByMeaning(String question) {
        if (dense == null || embedder == null) {
            throw new IllegalStateException("this index has no phrasing vectors");
        }
        return dense.search(embedder.question(question));
    }

    /** The analysed terms of each phrasing document. */
    TermSets phraseTerms() {
        return phraseTerms;
    }

    /** The analysed terms of all the phrasings of each entry, by entry ordinal. */
    TermSets entryTerms() {
        return entryTerms;
    }

    /**
     * Takes a reference for one search, to give back with {@link #release()}. False when the index
     * is already closed: a reload has replaced it, so search the current one.
     */
    public boolean tryAcquire() {
        int count = references.get();
        while (count > 0) {
            int seen = references.compareAndExchange(count, count + 1);
            if (seen == count) {
                return true;
            }
            count = seen;
        }
        return false;
    }

    /** Gives back a reference taken by {@link #tryAcquire()}. */
    public void release() {
        int count = references.decrementAndGet();
        if (count == 0) {
            try {
                phrases.close();
                entryDocuments.close();
            } finally {
                surface.close();
            }
        } else if (count < 0) {
            throw new IllegalStateException("knowledge index released more often than acquired");
        }
    }

    /** Gives back the builder's reference: the index closes once no search holds one. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            release();
        }
    }

    /** Analyses each field as its name says. */
    private final class FieldAnalyzer extends DelegatingAnalyzerWrapper {
        FieldAnalyzer() {
            super(PER_FIELD_REUSE_STRATEGY);
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            if (field.startsWith(Fields.SURFACE)) {
                return surface;
            }
            String key = field.substring(field.indexOf('.') + 1);
            return field.startsWith(Fields.PHRASE_PAIRS) ? analysis.wordPairs(key) : analysis.words(key);
        }
    }
}
