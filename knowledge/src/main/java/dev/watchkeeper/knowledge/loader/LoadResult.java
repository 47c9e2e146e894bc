package dev.watchkeeper.knowledge.loader;

import dev.watchkeeper.knowledge.LoadProblem;
import java.util.List;

/**
 * What a load produced: the entries to index (at most one per id and language) and the problems
 * found on the way.
 *
 * @param entries the entries, in file-name order
 * @param problems the problems, in file-name order
 */
public record LoadResult(List<LoadedEntry> entries, List<LoadProblem> problems) {
    public LoadResult {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
