package dev.watchkeeper.knowledge.loader;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.knowledge.KnowledgeFile;
import dev.watchkeeper.knowledge.LoadProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns knowledge-base files into entries: parses each file, skips (and reports) malformed files
 * and second files with an id and language already taken. Logs every problem at WARN with file and
 * line only, never the entry text. Thread-safe; blocks only for the CPU work.
 */
public final class KnowledgeLoader {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeLoader.class);

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
        for (KnowledgeFile file : sorted) {
            KnowledgeEntry entry;
            int idLine;
            switch (parser.parse(file)) {
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
}
