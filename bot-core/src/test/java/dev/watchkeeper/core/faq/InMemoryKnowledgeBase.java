package dev.watchkeeper.core.faq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A test fake of the knowledge-base port: confidence is the share of the query's words found in
 * an entry's title and phrasings. Shared with other modules' tests through the test jar.
 */
public final class InMemoryKnowledgeBase implements KnowledgeBase {
    private final Map<String, KnowledgeEntry> entries = new LinkedHashMap<>();

    public InMemoryKnowledgeBase(KnowledgeEntry... entries) {
        for (KnowledgeEntry entry : entries) {
            this.entries.put(entry.id(), entry);
        }
    }

    /** An English entry with the given phrasings, no tags and no follow-ups. */
    public static KnowledgeEntry entry(String id, String title, String answer, String... questions) {
        return new KnowledgeEntry(id, title, "en", List.of(questions), List.of(), List.of(), List.of(), answer);
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        Set<String> words = words(query.text());
        if (words.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (KnowledgeEntry entry : entries.values()) {
            Set<String> known = words(entry.title() + " " + String.join(" ", entry.questions()));
            long found = words.stream().filter(known::contains).count();
            if (found > 0) {
                hits.add(new SearchHit(entry.id(), entry.title(), entry.lang(), (double) found / words.size()));
            }
        }
        hits.sort(Comparator.comparingDouble(SearchHit::confidence).reversed());
        return hits.subList(0, Math.min(query.limit(), hits.size()));
    }

    @Override
    public Optional<KnowledgeEntry> entry(String id, @Nullable String language) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public int size() {
        return entries.size();
    }

    private static Set<String> words(String text) {
        Set<String> words =
                new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        return words;
    }
}
