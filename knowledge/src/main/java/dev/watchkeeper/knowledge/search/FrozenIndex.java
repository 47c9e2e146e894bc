package dev.watchkeeper.knowledge.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * A Lucene index held in memory, written once: one segment whose document ids are the order the
 * documents were given in. Searches may run concurrently; {@link #close()} once none uses it.
 */
final class FrozenIndex implements Closeable {
    private static final int MAX_REMEMBERED_TERMS = 20_000;

    /**
     * Each file as one buffer once written: every search clones its inputs, and the default
     * (many small buffers) copies a view of each buffer per clone, most of a search's allocation.
     */
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory(
            new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final ConcurrentMap<Term, TermStates> termStates = new ConcurrentHashMap<>();

    FrozenIndex(List<Document> documents, Analyzer analyzer, Similarity similarity) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(similarity)
                .setMergePolicy(new LogDocMergePolicy())
                .setRAMBufferSizeMB(256)
                .setCommitOnClose(true);
        try {
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (Document document : documents) {
                    writer.addDocument(document);
                }
                writer.forceMerge(1);
            }
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the in-memory index", e);
        }
        if (reader.leaves().size() > 1 || reader.maxDoc() != documents.size()) {
            throw new IllegalStateException("index must be one segment in insertion order");
        }
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
    }

    DirectoryReader reader() {
        return reader;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /**
     * Where {@code term} is in this index and in how many documents (none: document frequency 0),
     * for a query to use instead of looking it up itself. Members keep asking with the same words,
     * and looking words up in the terms dictionary was a fifth of search time. Remembers the terms
     * asked for, up to {@value #MAX_REMEMBERED_TERMS} (then starts again). Thread-safe: once built,
     * term states are only read.
     */
    TermStates termStates(Term term) throws IOException {
        TermStates known = termStates.get(term);
        if (known != null) {
            return known;
        }
        if (termStates.size() >= MAX_REMEMBERED_TERMS) {
            termStates.clear();
        }
        TermStates found = TermStates.build(searcher, term, true);
        termStates.put(term, found);
        return found;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
