package dev.watchkeeper.knowledge.search;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.knowledge.analysis.LanguageAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.Version;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Built knowledge indexes kept on disk between starts, so that a restart with the same knowledge
 * base opens them instead of analysing and indexing every phrasing again. A version of the
 * knowledge base is one folder named by its key: the SHA-256 of {@link #ANALYSIS_VERSION}, Lucene's
 * version, the analysis settings ({@link LanguageAnalysis#fingerprint()}: stemmer and synonyms)
 * and every field of every entry, in order. BM25's parameters are not in it: they change scores at
 * search time, not what is written.
 *
 * <p>A missing version is built in a folder of this process's own ({@link IndexFolders}: one left
 * by a killed process is removed by the next start) and then renamed to its key in one atomic
 * step, so a folder with a key is always complete; when two processes build the same version at
 * once, the first rename wins and the other opens the winner's. A version that cannot be opened
 * (a file cut short or altered: every file's checksum is checked) is logged once and built again
 * over it. The {@value #KEPT} versions used last are kept; older ones are deleted. When the folder
 * cannot be written, indexes are built in temporary folders as without a cache. Thread-safe;
 * blocks on the disk, and on the CPU while building.
 */
public final class IndexCache {
    /**
     * Bump when analysis changes in a way the key does not show (an analyzer, a bundled word list,
     * the documents' fields): the indexes cached by the previous code are then not opened.
     */
    static final int ANALYSIS_VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(IndexCache.class);
    private static final int KEPT = 3;
    private static final String PHRASES = "phrases";
    private static final String ENTRIES = "entries";
    private static final String TERMS = "phrase-terms";
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final @Nullable Path folder;

    private IndexCache(@Nullable Path folder) {
        this.folder = folder;
    }

    /** Indexes kept in {@code folder} (created when missing). */
    public static IndexCache in(Path folder) {
        return new IndexCache(folder);
    }

    /** No cache: every load builds the indexes in temporary folders, deleted when they are closed. */
    public static IndexCache none() {
        return new IndexCache(null);
    }

    /** Where the indexes are kept, or null for none. */
    public @Nullable Path folder() {
        return folder;
    }

    /** The indexes of one knowledge base version and the analysed terms of each phrasing. */
    record Indexes(FrozenIndex phrases, FrozenIndex entries, List<Set<String>> phraseTerms) {}

    /** What the indexes are built from: made only when the cache does not have them. */
    record Sources(List<Document> phrases, List<Document> entries, List<Set<String>> phraseTerms) {}

    /** The key of a knowledge base version: see the class comment. */
    static String keyOf(List<KnowledgeEntry> entries, LanguageAnalysis analysis) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "analysis " + ANALYSIS_VERSION + " lucene " + Version.LATEST);
            digest.update(analysis.fingerprint());
            for (KnowledgeEntry entry : entries) {
                update(digest, entry.id());
                update(digest, entry.lang());
                update(digest, entry.title());
                update(digest, entry.questions());
                update(digest, entry.aliases());
                update(digest, entry.answer());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void update(MessageDigest digest, List<String> texts) {
        update(digest, Integer.toString(texts.size()));
        texts.forEach(text -> update(digest, text));
    }

    /** Length first, so that no two different lists of texts give the same bytes. */
    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    /**
     * The indexes of the version with this key: opened from the cache, or built from {@code
     * sources} (and kept, when the cache folder can be written).
     */
    Indexes indexes(
            String key, int phrases, int entries, Supplier<Sources> sources, Analyzer analyzer, Similarity similarity) {
        if (folder == null) {
            return built(sources.get(), analyzer, similarity);
        }
        Path version = folder.resolve(key);
        Indexes cached = opened(version, phrases, entries, similarity, true);
        if (cached != null) {
            return cached;
        }
        Sources made = sources.get();
        try {
            publish(version, made, analyzer, similarity);
            // quietly: what cannot be opened right after it was written has been said above
            Indexes published = opened(version, phrases, entries, similarity, false);
            if (published != null) {
                removeOldVersions(version);
                return published;
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot keep the knowledge index in {}, building it for this run only: {}", folder, e.toString());
        }
        return built(made, analyzer, similarity);
    }

    private static Indexes built(Sources sources, Analyzer analyzer, Similarity similarity) {
        FrozenIndex phrases = new FrozenIndex(sources.phrases(), analyzer, similarity);
        try {
            return new Indexes(
                    phrases, new FrozenIndex(sources.entries(), analyzer, similarity), sources.phraseTerms());
        } catch (RuntimeException e) {
            phrases.close();
            throw e;
        }
    }

    /**
     * The cached version, or null when there is none or it cannot be read; one that cannot be read
     * is deleted (where it can be), so that it is built again.
     */
    private static @Nullable Indexes opened(
            Path version, int phrases, int entries, Similarity similarity, boolean warn) {
        if (!Files.isDirectory(version)) {
            return null;
        }
        FrozenIndex phraseIndex = null;
        try {
            phraseIndex = FrozenIndex.openWritten(version.resolve(PHRASES), phrases, similarity);
            List<Set<String>> terms = PhraseTermsFile.read(version.resolve(TERMS), phrases);
            FrozenIndex entryIndex = FrozenIndex.openWritten(version.resolve(ENTRIES), entries, similarity);
            touch(version);
            return new Indexes(phraseIndex, entryIndex, terms);
        } catch (IOException | RuntimeException e) {
            if (phraseIndex != null) {
                phraseIndex.close();
            }
            if (warn) {
                LOG.warn("Cached knowledge index {} is not usable, building it again: {}", version, e.toString());
            }
            try {
                IOUtils.rm(version);
            } catch (IOException notDeleted) {
                // then the rebuilt version cannot take its place and serves this run only
            }
            return null;
        }
    }

    /** Builds the version in a folder of this process's own, then renames it to its key. */
    private void publish(Path version, Sources sources, Analyzer analyzer, Similarity similarity) throws IOException {
        Path parent = version.getParent();
        Files.createDirectories(parent);
        Path building = IndexFolders.create(parent);
        try {
            FrozenIndex.writeTo(
                    Files.createDirectory(building.resolve(PHRASES)), sources.phrases(), analyzer, similarity);
            FrozenIndex.writeTo(
                    Files.createDirectory(building.resolve(ENTRIES)), sources.entries(), analyzer, similarity);
            PhraseTermsFile.write(building.resolve(TERMS), sources.phraseTerms());
            try {
                Files.move(building, version, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // another process published the same version first: open theirs
            } catch (FileSystemException e) {
                if (!Files.isDirectory(version)) {
                    throw e;
                }
                // a rename onto a folder that is not empty: another process was first here too
            }
        } finally {
            if (Files.exists(building)) {
                deleteQuietly(building);
            }
        }
    }

    /** Marks a version as used now, so that it is among those kept. */
    private static void touch(Path version) {
        try {
            Files.setLastModifiedTime(version, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only cache is still a cache: only the choice of what to keep is affected
        }
    }

    /** Deletes all but the {@value #KEPT} versions used last (this one among them). */
    private void removeOldVersions(Path current) {
        List<Path> versions = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(current.getParent())) {
            for (Path child : children) {
                if (KEY.matcher(child.getFileName().toString()).matches() && !child.equals(current)) {
                    versions.add(child);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the cached knowledge indexes in {}: {}", folder, e.toString());
            return;
        }
        versions.sort(Comparator.comparing(IndexCache::lastModified).reversed());
        versions.stream().skip(KEPT - 1).forEach(IndexCache::deleteQuietly);
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            IOUtils.rm(folder);
        } catch (IOException e) {
            LOG.warn("Cannot delete the knowledge index folder {}: {}", folder, e.toString());
        }
    }
}
