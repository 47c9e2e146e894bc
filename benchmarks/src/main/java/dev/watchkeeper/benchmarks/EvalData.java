package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.knowledge.KnowledgeFile;
import dev.watchkeeper.knowledge.loader.KnowledgeFolder;
import dev.watchkeeper.knowledge.loader.KnowledgeLoader;
import dev.watchkeeper.knowledge.loader.LoadedEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The public evaluation sets beside the repository ({@code ../shared/eval}, or the folder named
 * by {@code -Dwatchkeeper.eval.dir}), as benchmark input: real support phrasings and questions.
 */
final class EvalData {
    private static final List<String> FAQ_SETS = List.of("banking77", "clinc150", "banking77-oos");

    private EvalData() {}

    static Path root() {
        Path root = Path.of(System.getProperty("watchkeeper.eval.dir", "../shared/eval"));
        if (!Files.isDirectory(root.resolve("faq"))) {
            throw new IllegalStateException("evaluation data not found at " + root.toAbsolutePath()
                    + "; run from the repository root or pass -Dwatchkeeper.eval.dir=DIR");
        }
        return root;
    }

    /** Every entry of the FAQ evaluation knowledge bases (277 entries). */
    static List<KnowledgeEntry> faqEntries() {
        List<KnowledgeEntry> entries = new ArrayList<>();
        for (String set : FAQ_SETS) {
            KnowledgeFolder.Contents contents =
                    new KnowledgeFolder(root().resolve("faq").resolve(set).resolve("kb")).read();
            new KnowledgeLoader()
                    .load(contents.files()).entries().stream()
                            .map(LoadedEntry::entry)
                            .forEach(entries::add);
        }
        return entries;
    }

    /** The questions of every FAQ dev set. */
    static List<String> faqQuestions() {
        List<String> questions = new ArrayList<>();
        for (String set : FAQ_SETS) {
            questions.addAll(column(root().resolve("faq").resolve(set).resolve("dev-cases.csv"), 0));
        }
        return questions;
    }

    /** The texts of the scam dev sets with the given label ({@code scam} or {@code ham}). */
    static List<String> scamTexts(String label) {
        return scamTexts("all", label);
    }

    /**
     * The texts of one scam dev set ({@code airnope} for {@code airnope.csv}), or of all of them
     * ({@code all}), with the given label ({@code scam} or {@code ham}).
     */
    static List<String> scamTexts(String set, String label) {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(root().resolve("scam").resolve("dev"))) {
            for (Path file : files.sorted().toList()) {
                if (!set.equals("all") && !file.getFileName().toString().equals(set + ".csv")) {
                    continue;
                }
                for (CSVRecord row : rows(file)) {
                    if (row.size() == 2 && row.get(1).strip().equals(label)) {
                        texts.add(row.get(0));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /**
     * A synthetic knowledge base of {@code size} entries: entry {@code i} takes {@code perEntry}
     * real phrasings of evaluation entry {@code i mod 277}, cycling through them, so ids and
     * phrasing sets differ while the vocabulary stays real.
     */
    static List<KnowledgeFile> syntheticKnowledgeBase(int size, int perEntry) {
        return syntheticKnowledgeBase(size, perEntry, false);
    }

    /**
     * As {@link #syntheticKnowledgeBase(int, int)}; with {@code distinct} every phrasing ends with
     * its entry's number, so that no two entries share one (an embedding cache would otherwise
     * encode each real phrasing once for all the entries that repeat it).
     */
    static List<KnowledgeFile> syntheticKnowledgeBase(int size, int perEntry, boolean distinct) {
        List<KnowledgeEntry> sources = faqEntries();
        List<KnowledgeFile> files = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            KnowledgeEntry source = sources.get(i % sources.size());
            int round = i / sources.size();
            StringBuilder text = new StringBuilder("---\nid: e" + i + "\ntitle: \""
                    + source.title().replace("\"", "'") + " " + round + "\"\nquestions:\n");
            for (int k = 0; k < perEntry; k++) {
                String q = source.questions()
                        .get((round * perEntry + k) % source.questions().size());
                text.append("  - \"")
                        .append(q.replace("\\", "").replace("\"", "'"))
                        .append(distinct ? " (" + i + ")" : "")
                        .append("\"\n");
            }
            text.append("---\n").append(source.answer()).append('\n');
            files.add(new KnowledgeFile("e" + i + ".md", text.toString()));
        }
        return files;
    }

    private static List<String> column(Path file, int index) {
        List<String> values = new ArrayList<>();
        for (CSVRecord row : rows(file)) {
            values.add(row.get(index));
        }
        return values;
    }

    private static List<CSVRecord> rows(Path file) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8, format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
