package dev.watchkeeper.knowledge.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.IOUtils;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lucene index written once: one segment whose document ids are the order the documents were
 * given in. Its files are written to a temporary folder of their own and memory-mapped (searches
 * read mapped files faster than heap buffers, and the index stays off the heap); where no
 * temporary folder can be made or written (a full disk), the index is held on the heap instead.
 * An index kept in the {@link IndexCache} is written once ({@link #writeTo}) and opened by every
 * later start ({@link #openWritten}). Searches may run concurrently; {@link #close()} once none
 * uses it, which unmaps the files and deletes them unless they belong to the cache.
 */
final class FrozenIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(FrozenIndex.class);
    private static final int MAX_REMEMBERED_TERMS = 20_000;

    private final @Nullable Path folder;
    /** Whether {@link #close()} deletes {@link #folder}: not for an index opened from the cache. */
    private final boolean ownsFolder;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final ConcurrentMap<Term, TermStates> termStates = new ConcurrentHashMap<>();

    FrozenIndex(List<Document> documents, Analyzer analyzer, Similarity similarity) {
        this(documents, analyzer, similarity, temporaryFolder());
    }

    /** Writes the index to {@code folder} (deleted on close), or on the heap if null or not writable. */
    FrozenIndex(List<Document> documents, Analyzer analyzer, Similarity similarity, @Nullable Path folder) {
        this(writtenOrOnHeap(folder, documents, analyzer, similarity), similarity, true);
    }

    private FrozenIndex(Opened opened, Similarity similarity, boolean ownsFolder) {
        this.folder = opened.folder();
        this.ownsFolder = ownsFolder;
        this.directory = opened.directory();
        this.reader = opened.reader();
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(similarity);
    }

    private record Opened(@Nullable Path folder, Directory directory, DirectoryReader reader) {}

    private static Opened writtenOrOnHeap(
            @Nullable Path folder, List<Document> documents, Analyzer analyzer, Similarity similarity) {
        if (folder != null) {
            try {
                return written(folder, documents, analyzer, similarity);
            } catch (IOException e) {
                LOG.warn("Cannot write the knowledge index to {}, holding it on the heap: {}", folder, e.toString());
            }
        }
        try {
            return written(null, documents, analyzer, similarity);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the index", e);
        }
    }

    /**
     * Writes the documents as one segment in insertion order to {@code folder} and leaves it there,
     * for {@link #openWritten} to open (in this process or another).
     */
    static void writeTo(Path folder, List<Document> documents, Analyzer analyzer, Similarity similarity)
            throws IOException {
        try (Directory directory = new MMapDirectory(folder)) {
            // write checks what it wrote through a reader; the cache opens the files again later
            write(directory, documents, analyzer, similarity).close();
        }
    }

    /**
     * Opens an index that {@link #writeTo} wrote, memory-mapped and checked: one segment of {@code
     * documents} documents whose files all match their checksums. {@link #close()} leaves the files.
     *
     * @throws IOException when the folder cannot be read or the index is not such an index
     */
    static FrozenIndex openWritten(Path folder, int documents, Similarity similarity) throws IOException {
        Directory directory = new MMapDirectory(folder);
        DirectoryReader reader = null;
        try {
            reader = DirectoryReader.open(directory);
            if (reader.leaves().size() != 1 || reader.maxDoc() != documents || reader.numDeletedDocs() != 0) {
                throw new CorruptIndexException(
                        "expected one segment of " + documents + " documents, found "
                                + reader.leaves().size() + " segments of " + reader.maxDoc(),
                        folder.toString());
            }
            reader.leaves().getFirst().reader().checkIntegrity();
            return new FrozenIndex(new Opened(folder, directory, reader), similarity, false);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(reader, directory);
            throw e;
        }
    }

    /** The documents written to {@code folder}, or on the heap; nothing is left behind on failure. */
    private static Opened written(
            @Nullable Path folder, List<Document> documents, Analyzer analyzer, Similarity similarity)
            throws IOException {
        Directory directory = null;
        try {
            directory = folder == null ? heapDirectory() : new MMapDirectory(folder);
            return new Opened(folder, directory, write(directory, documents, analyzer, similarity));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            deleteQuietly(folder);
            throw e;
        }
    }

    private static DirectoryReader write(
            Directory directory, List<Document> documents, Analyzer analyzer, Similarity similarity)
            throws IOException {
        // No compound files: with them, forceMerge(1) rewrote the one segment into a compound file
        // on a merge thread at every build
        LogDocMergePolicy mergePolicy = new LogDocMergePolicy();
        mergePolicy.setNoCFSRatio(0.0);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(similarity)
                .setMergePolicy(mergePolicy)
                .setUseCompoundFile(false)
                .setRAMBufferSizeMB(256)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Document document : documents) {
                writer.addDocument(document);
            }
            writer.forceMerge(1);
        }
        DirectoryReader reader = DirectoryReader.open(directory);
        if (reader.leaves().size() > 1 || reader.maxDoc() != documents.size()) {
            reader.close();
            throw new IllegalStateException("index must be one segment in insertion order");
        }
        return reader;
    }

    private static @Nullable Path temporaryFolder() {
        try {
            return IndexFolders.create();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.warn("No temporary folder for the knowledge index, holding it on the heap: {}", e.toString());
            return null;
        }
    }

    /**
     * Each file as one buffer once written: every search clones its inputs, and the default
     * (many small buffers) copies a view of each buffer per clone.
     */
    private static Directory heapDirectory() {
        return new ByteBuffersDirectory(
                new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    DirectoryReader reader() {
        return reader;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** Where the files are; null when the index is on the heap. */
    @Nullable
    Path folder() {
        return folder;
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
            IOUtils.close(reader, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (ownsFolder) {
                deleteQuietly(folder);
            }
        }
    }

    private static void deleteQuietly(@Nullable Path folder) {
        if (folder == null) {
            return;
        }
        try {
            IOUtils.rm(folder);
        } catch (IOException e) {
            LOG.warn("Cannot delete the old knowledge index at {}: {}", folder, e.toString());
        }
    }
}
