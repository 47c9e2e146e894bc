package dev.watchkeeper.knowledge;

import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.knowledge.analysis.EnglishStemmer;
import dev.watchkeeper.knowledge.analysis.LanguageAnalysis;
import dev.watchkeeper.knowledge.analysis.SynonymFile;
import dev.watchkeeper.knowledge.loader.KnowledgeFolder;
import dev.watchkeeper.knowledge.loader.KnowledgeLoader;
import dev.watchkeeper.knowledge.loader.LoadResult;
import dev.watchkeeper.knowledge.loader.LoadedEntry;
import dev.watchkeeper.knowledge.reload.FolderWatcher;
import dev.watchkeeper.knowledge.search.ConfidenceModels;
import dev.watchkeeper.knowledge.search.EntryRanker;
import dev.watchkeeper.knowledge.search.IndexCache;
import dev.watchkeeper.knowledge.search.KnowledgeIndex;
import dev.watchkeeper.knowledge.search.RankedEntry;
import dev.watchkeeper.knowledge.search.RankingWeights;
import dev.watchkeeper.knowledge.semantic.PhrasingEmbedder;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base on a Lucene index in memory-mapped files: kept in the options' index cache
 * when one is set (a restart with the same knowledge base opens them), in temporary files
 * otherwise (on the heap where no temporary folder can be made or written). Searches are
 * thread-safe and lock-free: each runs on the index version current when it starts, and a reload
 * swaps in a new version atomically; an old version's files are closed, and deleted unless the
 * cache keeps them, when the last search that started on it ends.
 * Searching uses the CPU and mapped memory only. Building, {@link #reload()} and the factories
 * block while the files are read and indexed. Malformed files are skipped and listed by {@link
 * #problems()}.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase, Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneKnowledgeBase.class);

    private final Supplier<Source> source;
    private final LanguageAnalysis analysis;
    private final List<LoadProblem> synonymProblems;
    private final KnowledgeLoader loader = new KnowledgeLoader();
    private final EntryRanker ranker;
    private final RankingWeights weights;
    private final @Nullable PhrasingEmbedder embedder;
    private final IndexCache indexCache;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private volatile @Nullable FolderWatcher watcher;
    private volatile boolean closed;

    private LuceneKnowledgeBase(Supplier<Source> source, KnowledgeOptions options, Tuning tuning) {
        this.source = source;
        SynonymFile.Loaded synonyms = SynonymFile.read(options.synonymsFile());
        this.synonymProblems = synonyms.problems();
        this.analysis = new LanguageAnalysis(synonyms.map(), tuning.stemmer());
        this.weights = tuning.weights();
        this.embedder = options.embedder();
        Path cacheFolder = options.indexCache();
        this.indexCache = cacheFolder == null ? IndexCache.none() : IndexCache.in(cacheFolder);
        this.ranker = new EntryRanker(tuning.weights(), tuning.models());
        reload();
    }

    /**
     * Loads every {@code *.md} below {@code folder}; watches it when {@code options.hotReload()}.
     * The folder's own {@value ConfidenceModels#FILE_NAME}, when it has one, is read over the
     * options' confidence models (once, here).
     *
     * @throws IllegalArgumentException when that file is not valid
     */
    public static LuceneKnowledgeBase fromFolder(Path folder, KnowledgeOptions options) {
        Path own = folder.resolve(ConfidenceModels.FILE_NAME);
        ConfidenceModels models =
                Files.isRegularFile(own) ? options.confidence().overriddenBy(own) : options.confidence();
        return fromFolder(folder, options, Tuning.with(models));
    }

    static LuceneKnowledgeBase fromFolder(Path folder, KnowledgeOptions options, Tuning tuning) {
        KnowledgeFolder files = new KnowledgeFolder(folder);
        LuceneKnowledgeBase base = new LuceneKnowledgeBase(
                () -> {
                    KnowledgeFolder.Contents contents = files.read();
                    return new Source(contents.files(), contents.problems());
                },
                options,
                tuning);
        if (options.hotReload()) {
            base.watcher = new FolderWatcher(folder, options.reloadDelay(), base::reloadQuietly);
        }
        return base;
    }

    /** Loads these files (e.g. a bundled knowledge base read from the classpath); never reloads. */
    public static LuceneKnowledgeBase fromFiles(List<KnowledgeFile> files, KnowledgeOptions options) {
        return fromFiles(files, options, Tuning.with(options.confidence()));
    }

    static LuceneKnowledgeBase fromFiles(List<KnowledgeFile> files, KnowledgeOptions options, Tuning tuning) {
        List<KnowledgeFile> copy = List.copyOf(files);
        return new LuceneKnowledgeBase(() -> new Source(copy, List.of()), options, tuning);
    }

    /**
     * Reads the source again and swaps in the new index. A file that no longer parses keeps its
     * last good entry. Blocks while reading and indexing; safe to call from any thread.
     */
    public synchronized void reload() {
        if (closed) {
            return;
        }
        Snapshot previous = current.get();
        Source read = source.get();
        LoadResult result = loader.load(read.files(), previous == null ? Map.of() : previous.goodByFile());
        Map<String, List<KnowledgeEntry>> byId = new LinkedHashMap<>();
        Map<String, KnowledgeEntry> goodByFile = new LinkedHashMap<>();
        List<KnowledgeEntry> entries = new ArrayList<>(result.entries().size());
        for (LoadedEntry loaded : result.entries()) {
            entries.add(loaded.entry());
            goodByFile.put(loaded.file(), loaded.entry());
            byId.computeIfAbsent(loaded.entry().id(), id -> new ArrayList<>()).add(loaded.entry());
        }
        List<LoadProblem> problems = new ArrayList<>(synonymProblems);
        problems.addAll(read.problems());
        problems.addAll(result.problems());
        read.problems().forEach(problem -> LOG.warn("Knowledge base problem: {}", problem));
        KnowledgeIndex index = KnowledgeIndex.build(entries, analysis, weights, embedder, indexCache);
        problems.addAll(analysis.problems());
        current.set(new Snapshot(index, byId, goodByFile, problems));
        if (previous != null) {
            previous.index().close();
        }
        LOG.info("Knowledge base loaded: {} entries, {} problems", byId.size(), problems.size());
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.warn("Knowledge base reload failed, keeping the previous version: {}", e.toString());
        }
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        try {
            List<RankedEntry> ranked = rank(query.text(), query.language(), query.limit(), query.byMeaning());
            List<SearchHit> hits = new ArrayList<>(ranked.size());
            for (RankedEntry r : ranked) {
                hits.add(new SearchHit(
                        r.entry().id(), r.entry().title(), r.entry().lang(), r.confidence()));
            }
            return hits;
        } catch (RuntimeException e) {
            LOG.warn("Knowledge base search failed ({} chars): {}", query.text().length(), e.toString());
            return List.of();
        }
    }

    /** The ranked entries with the features their confidence came from (for evaluation). */
    List<RankedEntry> rank(String text, @Nullable String language, int limit) {
        return rank(text, language, limit, true);
    }

    private List<RankedEntry> rank(String text, @Nullable String language, int limit, boolean byMeaning) {
        KnowledgeIndex index = acquireIndex();
        try {
            return ranker.rank(index, text, language, limit, byMeaning);
        } finally {
            index.release();
        }
    }

    /** The ranked entries as one analysis key alone reads the text (for calibration). */
    List<RankedEntry> rankIn(String text, String key, int limit) {
        KnowledgeIndex index = acquireIndex();
        try {
            return ranker.rankIn(index, text, key, limit);
        } finally {
            index.release();
        }
    }

    /** The current index, held until released; a failed try means a reload has just replaced it. */
    private KnowledgeIndex acquireIndex() {
        while (true) {
            KnowledgeIndex index = snapshot().index();
            if (index.tryAcquire()) {
                return index;
            }
        }
    }

    @Override
    public Optional<KnowledgeEntry> entry(String id, @Nullable String language) {
        List<KnowledgeEntry> versions = snapshot().byId().get(id);
        if (versions == null) {
            return Optional.empty();
        }
        if (language != null) {
            String wanted = language.toLowerCase(java.util.Locale.ROOT);
            String primary = wanted.contains("-") ? wanted.substring(0, wanted.indexOf('-')) : wanted;
            for (String candidate : List.of(wanted, primary)) {
                for (KnowledgeEntry version : versions) {
                    if (version.lang().equals(candidate)) {
                        return Optional.of(version);
                    }
                }
            }
        }
        return versions.stream()
                .filter(v -> v.lang().equals("en"))
                .findFirst()
                .or(() -> Optional.of(versions.getFirst()));
    }

    @Override
    public int size() {
        return snapshot().byId().size();
    }

    @Override
    public List<KnowledgeEntry> entries() {
        return snapshot().byId().values().stream().flatMap(List::stream).toList();
    }

    /** The problems found by the latest load: malformed and duplicate files, bad synonyms. */
    public List<LoadProblem> problems() {
        return snapshot().problems();
    }

    private Snapshot snapshot() {
        Snapshot snapshot = current.get();
        if (snapshot == null) {
            throw new IllegalStateException("knowledge base is closed");
        }
        return snapshot;
    }

    /** Stops hot reload and frees the index. Searches after this fail. */
    @Override
    public synchronized void close() {
        closed = true;
        FolderWatcher w = watcher;
        if (w != null) {
            w.close();
        }
        Snapshot last = current.getAndSet(null);
        if (last != null) {
            last.index().close();
        }
        analysis.close();
    }

    /** Ranking knobs, package-private so evaluation runners can compare settings. */
    record Tuning(EnglishStemmer stemmer, RankingWeights weights, ConfidenceModels models) {
        static Tuning with(ConfidenceModels models) {
            return new Tuning(EnglishStemmer.PORTER, RankingWeights.defaults(), models);
        }
    }

    private record Source(List<KnowledgeFile> files, List<LoadProblem> problems) {}

    private record Snapshot(
            KnowledgeIndex index,
            Map<String, List<KnowledgeEntry>> byId,
            Map<String, KnowledgeEntry> goodByFile,
            List<LoadProblem> problems) {
        Snapshot {
            problems = List.copyOf(problems);
        }
    }
}
