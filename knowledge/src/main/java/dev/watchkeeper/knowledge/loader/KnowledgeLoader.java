package dev.watchkeeper.knowledge.loader;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.knowledge.KnowledgeFile;
import dev.watchkeeper.knowledge.LoadProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns knowledge-base files into entries: parses each file, skips (and reports) malformed files
 * and second files with an id and language already taken. Logs every problem at WARN with file and
 * line only, never the entry text. Thread-safe; blocks only for the CPU work.
 */
public final class KnowledgeLoader {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeLoader.class);

    /** Fewer files than this parse on the calling thread: starting threads would cost more. */
    private static final int PARALLEL_FROM = 32;

    private final EntryFileParser parser = new EntryFileParser();

    /** Loads these files. */
    public LoadResult load(List<KnowledgeFile> files) {
        return load(files, Map.of());
    }

    /**
     * Loads these files; a file that no longer parses keeps its entry from {@code lastGood} (keyed
     * by file name), still reporting why it failed.
     */
    public LoadResult load(List<KnowledgeFile> files, Map<String, KnowledgeEntry> lastGood) {
        List<KnowledgeFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(KnowledgeFile::name));
        List<LoadedEntry> entries = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Map<String, String> fileByKey = new HashMap<>();
        List<EntryFileParser.Outcome> outcomes = parseAll(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            KnowledgeFile file = sorted.get(i);
            KnowledgeEntry entry;
            int idLine;
            switch (outcomes.get(i)) {
                case EntryFileParser.Outcome.Parsed parsed -> {
                    entry = parsed.entry();
                    idLine = parsed.idLine();
                }
                case EntryFileParser.Outcome.Failed failed -> {
                    KnowledgeEntry previous = lastGood.get(file.name());
                    LoadProblem problem = failed.problem();
                    if (previous == null) {
                        problems.add(problem);
                        continue;
                    }
                    problems.add(new LoadProblem(
                            problem.file(), problem.line(), problem.message() + " (keeping the last good version)"));
                    entry = previous;
                    idLine = 0;
                }
            }
            String key = entry.id() + "\u0000" + entry.lang();
            String first = fileByKey.putIfAbsent(key, file.name());
            if (first != null) {
                problems.add(new LoadProblem(
                        file.name(),
                        idLine,
                        "duplicate id '" + entry.id() + "' (lang " + entry.lang() + "): already defined in " + first
                                + " and " + file.name() + "; skipping " + file.name()));
                continue;
            }
            entries.add(new LoadedEntry(file.name(), entry));
        }
        problems.forEach(problem -> LOG.warn("Knowledge base problem: {}", problem));
        return new LoadResult(entries, problems);
    }

    /**
     * Each file's outcome, in the files' order. The files parse independently (front matter and
     * Markdown, most of a start's loading): a large knowledge base is parsed on every core.
     */
    private List<EntryFileParser.Outcome> parseAll(List<KnowledgeFile> files) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), 4);
        if (files.size() < PARALLEL_FROM || threads < 2) {
            return files.stream().map(parser::parse).toList();
        }
        try (ExecutorService parsing = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("kb-parsing-", 1).daemon().factory())) {
            List<Future<EntryFileParser.Outcome>> parsed = new ArrayList<>();
            for (KnowledgeFile file : files) {
                parsed.add(parsing.submit(() -> parser.parse(file)));
            }
            List<EntryFileParser.Outcome> outcomes = new ArrayList<>();
            for (Future<EntryFileParser.Outcome> outcome : parsed) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the knowledge base was being read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("a knowledge-base file could not be read", e.getCause());
        }
    }
}
