package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.knowledge.KnowledgeFile;
import dev.watchkeeper.knowledge.loader.KnowledgeFolder;
import dev.watchkeeper.knowledge.loader.KnowledgeLoader;
import dev.watchkeeper.knowledge.loader.LoadedEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A synthetic knowledge base in six languages, built in memory: entry {@code i} has an English
 * version with real phrasings of evaluation entry {@code i mod 277} (as {@link EvalData}) and a
 * translation in each other language whose phrasings are real member phrasings of that language
 * (from the knowledge module's multilingual test knowledge base, {@code -Dwatchkeeper.multilingual.kb}
 * to read another), cycled so that entries differ, plus two of the English phrasings, as members
 * mix English jargon in.
 */
final class MultilingualKnowledgeBase {
    static final List<String> LANGUAGES = List.of("en", "ru", "zh", "es", "pt", "tr");

    private MultilingualKnowledgeBase() {}

    /** Every phrasing (title, question, alias) of the sample base, by language. */
    static Map<String, List<String>> phrasings() {
        Path folder = Path.of(
                System.getProperty("watchkeeper.multilingual.kb", "knowledge/src/test/resources/kb-multilingual"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("multilingual sample knowledge base not found at " + folder.toAbsolutePath()
                    + "; run from the repository root");
        }
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        for (LoadedEntry loaded : new KnowledgeLoader()
                .load(new KnowledgeFolder(folder).read().files())
                .entries()) {
            KnowledgeEntry entry = loaded.entry();
            List<String> all = byLanguage.computeIfAbsent(entry.lang(), lang -> new ArrayList<>());
            all.add(entry.title());
            all.addAll(entry.questions());
            all.addAll(entry.aliases());
        }
        return byLanguage;
    }

    /** {@code size} entries in each of the six languages, {@code perEntry} phrasings each. */
    static List<KnowledgeFile> files(int size, int perEntry) {
        List<KnowledgeFile> english = EvalData.syntheticKnowledgeBase(size, perEntry);
        List<KnowledgeEntry> sources = EvalData.faqEntries();
        Map<String, List<String>> pools = phrasings();
        List<KnowledgeFile> files = new ArrayList<>(english);
        for (String lang : LANGUAGES.subList(1, LANGUAGES.size())) {
            List<String> pool = pools.get(lang);
            for (int i = 0; i < size; i++) {
                KnowledgeEntry source = sources.get(i % sources.size());
                StringBuilder text = new StringBuilder("---\nid: e" + i + "\nlang: " + lang + "\ntitle: \""
                        + quoted(pool.get(i % pool.size())) + " " + i + "\"\nquestions:\n");
                for (int k = 0; k < perEntry; k++) {
                    String phrasing = k < 2
                            ? source.questions().get(k % source.questions().size())
                            : pool.get((i * 7 + k * 13) % pool.size());
                    text.append("  - \"").append(quoted(phrasing)).append("\"\n");
                }
                text.append("---\n").append(source.answer()).append('\n');
                files.add(new KnowledgeFile("e" + i + "." + lang + ".md", text.toString()));
            }
        }
        return files;
    }

    /** Questions in every language: the dev sets' English ones and the sample base's others. */
    static List<String> questions() {
        List<String> english = EvalData.faqQuestions();
        List<String> questions = new ArrayList<>();
        Map<String, List<String>> pools = phrasings();
        int n = 0;
        for (String question : english) {
            questions.add(question);
            // one question in each other language for every English one, as in a mixed community
            for (String lang : LANGUAGES.subList(1, LANGUAGES.size())) {
                List<String> pool = pools.get(lang);
                questions.add(pool.get(n++ % pool.size()));
            }
        }
        return questions;
    }

    private static String quoted(String text) {
        return text.replace("\\", "").replace("\"", "'");
    }
}
