package dev.watchkeeper.knowledge.loader;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.faq.KnowledgeEntry;

/**
 * An entry and the file it came from.
 *
 * @param file the file's name
 * @param entry the entry
 */
public record LoadedEntry(String file, KnowledgeEntry entry) {
    public LoadedEntry {
        requireNonNull(file, "file");
        requireNonNull(entry, "entry");
    }
}
