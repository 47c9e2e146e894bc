package dev.watchkeeper.core.faq;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * an entry's title and phrasings, in any of its languages. An entry is returned in the language
 * asked for when it has that translation, else in English. Shared with other modules' tests
 * through the test jar.
 */
public final class InMemoryKnowledgeBase implements KnowledgeBase {
    private final Map<String, Map<String, KnowledgeEntry>> entries = new LinkedHashMap<>();

    public InMemoryKnowledgeBase(KnowledgeEntry... entries) {
        this(List.of(entries));
    }

    public InMemoryKnowledgeBase(List<KnowledgeEntry> entries) {
        for (KnowledgeEntry entry : entries) {
            this.entries
                    .computeIfAbsent(entry.id(), id -> new LinkedHashMap<>())
                    .put(entry.lang(), entry);
        }
    }

    /**
     * A knowledge base read from a test resource of tab-separated lines: id, language, title,
     * phrasings separated by {@code |}, and the answer ({@code \\n} for a line break).
     */
    public static InMemoryKnowledgeBase fromResource(String name) {
        try (InputStream in = InMemoryKnowledgeBase.class.getResourceAsStream(name)) {
            List<KnowledgeEntry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                entries.add(new KnowledgeEntry(
                        f[0],
                        f[2],
                        f[1],
                        List.of(f[3].split("\\|")),
                        List.of(),
                        List.of(),
                        List.of(),
                        f[4].replace("\\n", "\n")));
            }
            return new InMemoryKnowledgeBase(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        for (Map<String, KnowledgeEntry> translations : entries.values()) {
            long found = 0;
            for (KnowledgeEntry entry : translations.values()) {
                Set<String> known = words(entry.title() + " " + String.join(" ", entry.questions()));
                found = Math.max(found, words.stream().filter(known::contains).count());
            }
            if (found > 0) {
                KnowledgeEntry shown = pick(translations, query.language());
                hits.add(new SearchHit(shown.id(), shown.title(), shown.lang(), (double) found / words.size()));
            }
        }
        hits.sort(Comparator.comparingDouble(SearchHit::confidence).reversed());
        return hits.subList(0, Math.min(query.limit(), hits.size()));
    }

    @Override
    public Optional<KnowledgeEntry> entry(String id, @Nullable String language) {
        Map<String, KnowledgeEntry> translations = entries.get(id);
        return translations == null ? Optional.empty() : Optional.of(pick(translations, language));
    }

    private static KnowledgeEntry pick(Map<String, KnowledgeEntry> translations, @Nullable String language) {
        KnowledgeEntry asked = language == null ? null : translations.get(language);
        if (asked != null) {
            return asked;
        }
        KnowledgeEntry english = translations.get("en");
        return english != null ? english : translations.values().iterator().next();
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public List<KnowledgeEntry> entries() {
        return entries.values().stream().flatMap(t -> t.values().stream()).toList();
    }

    private static Set<String> words(String text) {
        Set<String> words =
                new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        return words;
    }
}
