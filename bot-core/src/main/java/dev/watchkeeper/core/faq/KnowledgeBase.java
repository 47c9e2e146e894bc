package dev.watchkeeper.core.faq;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The port to the team's knowledge base. Implementations are thread-safe; calls use the CPU and
 * memory only (no network), so they may be made on any thread and return within a millisecond or
 * so for knowledge bases of thousands of entries.
 */
public interface KnowledgeBase {
    /**
     * Finds the entries that best match a query, grouped by entry (one hit per entry id), best
     * first, with a calibrated confidence. Never throws on odd text (empty, emoji, very long,
     * mixed scripts): such text yields few or no hits.
     */
    List<SearchHit> search(SearchQuery query);

    /**
     * The entry with this id, in the given language when a translation exists, else in any
     * language the entry has.
     */
    Optional<KnowledgeEntry> entry(String id, @Nullable String language);

    /** The number of distinct entry ids currently loaded. */
    int size();

    /**
     * Every version of every entry currently loaded, for staff to review: an entry's translations
     * next to each other, entries in a stable order. Immutable.
     */
    List<KnowledgeEntry> entries();
}
