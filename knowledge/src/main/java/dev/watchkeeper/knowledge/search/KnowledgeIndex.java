package dev.watchkeeper.knowledge.search;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.knowledge.analysis.LanguageAnalysis;
import dev.watchkeeper.knowledge.analysis.SurfaceAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An immutable in-memory index of one version of the knowledge base: a document per phrasing
 * (title, question, alias) and a document per entry version, plus the analysed terms of each, which
 * the ranker uses to measure how much of a query a match covers. Searches may run concurrently;
 * {@link #close()} once no search uses it.
 */
public final class KnowledgeIndex implements Closeable {
    private final List<KnowledgeEntry> entries;
    private final LanguageAnalysis analysis;
    private final SurfaceAnalyzer surface = new SurfaceAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Set<String> keys = new LinkedHashSet<>();
    /** Per document: the entry ordinal it belongs to. */
    private final int[] entryOfDoc;
    /** Per document: its analysed terms (phrase documents) or the entry's terms (entry documents). */
    private final List<Set<String>> termsOfDoc;

    private final java.util.concurrent.ConcurrentMap<String, String> corrections =
            new java.util.concurrent.ConcurrentHashMap<>();

    private KnowledgeIndex(List<KnowledgeEntry> entries, LanguageAnalysis analysis, Similarity similarity)
            throws IOException {
        this.entries = List.copyOf(entries);
        this.analysis = analysis;
        List<Integer> owners = new ArrayList<>();
        termsOfDoc = new ArrayList<>();
        // No compound files: the index is one segment in memory, and with them forceMerge(1) rewrote
        // that one segment into a compound file on a merge thread, at every build
        LogDocMergePolicy mergePolicy = new LogDocMergePolicy();
        mergePolicy.setNoCFSRatio(0.0);
        IndexWriterConfig config = new IndexWriterConfig(new FieldAnalyzer())
                .setSimilarity(similarity)
                .setMergePolicy(mergePolicy)
                .setUseCompoundFile(false)
                .setRAMBufferSizeMB(256)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int ord = 0; ord < this.entries.size(); ord++) {
                KnowledgeEntry entry = this.entries.get(ord);
                String key = LanguageAnalysis.keyOf(entry.lang());
                keys.add(key);
                Set<String> entryTerms = new HashSet<>();
                for (String phrase : phrasings(entry)) {
                    Document doc = new Document();
                    doc.add(new TextField(Fields.PHRASE + key, phrase, Field.Store.NO));
                    doc.add(new TextField(Fields.PHRASE_PAIRS + key, phrase, Field.Store.NO));
                    doc.add(new TextField(Fields.SURFACE, phrase, Field.Store.NO));
                    doc.add(new StringField(Fields.LANG, entry.lang(), Field.Store.NO));
                    writer.addDocument(doc);
                    Set<String> terms = Set.copyOf(TermGroups.terms(analysis.words(key), phrase));
                    entryTerms.addAll(terms);
                    owners.add(ord);
                    termsOfDoc.add(terms);
                }
                Document doc = new Document();
                doc.add(new TextField(Fields.ENTRY + key, String.join("\n", phrasings(entry)), Field.Store.NO));
                doc.add(new TextField(Fields.ANSWER + key, entry.answer(), Field.Store.NO));
                doc.add(new StringField(Fields.LANG, entry.lang(), Field.Store.NO));
                writer.addDocument(doc);
                owners.add(ord);
                termsOfDoc.add(Set.copyOf(entryTerms));
            }
            writer.forceMerge(1);
        }
        entryOfDoc = owners.stream().mapToInt(Integer::intValue).toArray();
        reader = DirectoryReader.open(directory);
        if (reader.leaves().size() > 1 || reader.maxDoc() != entryOfDoc.length) {
            throw new IllegalStateException("index must be one segment in insertion order");
        }
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
    }

    /** Indexes these entries (at most one per id and language). Blocks for the CPU work. */
    public static KnowledgeIndex build(
            List<KnowledgeEntry> entries, LanguageAnalysis analysis, RankingWeights weights) {
        try {
            return new KnowledgeIndex(entries, analysis, weights.similarity());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory index", e);
        }
    }

    private static List<String> phrasings(KnowledgeEntry entry) {
        List<String> all =
                new ArrayList<>(entry.questions().size() + entry.aliases().size() + 1);
        all.add(entry.title());
        all.addAll(entry.questions());
        all.addAll(entry.aliases());
        return all;
    }

    /** The entry versions, by ordinal. */
    /**
     * The spelling corrections found so far for words no phrasing uses (an empty string for "no
     * correction"), so that a typo members repeat is looked up once per index. Bounded: cleared
     * when it grows past {@value #MAX_CORRECTIONS} words.
     */
    java.util.Map<String, String> corrections() {
        if (corrections.size() > MAX_CORRECTIONS) {
            corrections.clear();
        }
        return corrections;
    }

    private static final int MAX_CORRECTIONS = 50_000;

    public List<KnowledgeEntry> entries() {
        return entries;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    DirectoryReader reader() {
        return reader;
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

    int entryOf(int doc) {
        return entryOfDoc[doc];
    }

    Set<String> termsOf(int doc) {
        return termsOfDoc.get(doc);
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            surface.close();
        }
    }

    /** Analyses each field as its name says. */
    private final class FieldAnalyzer extends DelegatingAnalyzerWrapper {
        FieldAnalyzer() {
            super(PER_FIELD_REUSE_STRATEGY);
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            if (field.equals(Fields.SURFACE)) {
                return surface;
            }
            String key = field.substring(field.indexOf('.') + 1);
            return field.startsWith(Fields.PHRASE_PAIRS) ? analysis.wordPairs(key) : analysis.words(key);
        }
    }
}
