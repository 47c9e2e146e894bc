package dev.watchkeeper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.FaqCase;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.knowledge.loader.KnowledgeFolder;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled knowledge base (six languages) indexed into a real cache folder on disk: what a
 * restart opens from the cache must search exactly as a fresh build does, and a changed, corrupt
 * or concurrently built cache must never give other results.
 */
class IndexCacheIT {
    private static final Path BUNDLED = Path.of("src/main/resources/kb");
    private static final Path QUESTIONS = Path.of("..", "eval", "faq", "bundled");
    private static final List<String> LANGUAGES = List.of("en", "ru", "zh", "es", "pt", "tr");

    private static List<KnowledgeFile> files;
    private static Map<String, List<FaqCase>> questions;
    private static List<List<SearchHit>> fresh;

    @TempDir
    Path cache;

    @BeforeAll
    static void searchAFreshBuild() throws IOException {
        files = new KnowledgeFolder(BUNDLED).read().files();
        questions = LANGUAGES.stream().collect(Collectors.toMap(lang -> lang, IndexCacheIT::questionsIn));
        try (LuceneKnowledgeBase uncached = LuceneKnowledgeBase.fromFiles(files, options(null))) {
            fresh = answers(uncached);
        }
    }

    @Test
    void aRestartOpensTheCachedIndexAndSearchesExactlyAsAFreshBuild() throws IOException {
        try (LuceneKnowledgeBase first = LuceneKnowledgeBase.fromFiles(files, options(cache))) {
            assertThat(answers(first)).isEqualTo(fresh);
        }
        Path version = onlyVersion();
        long written = newestFileTime(version);

        try (LuceneKnowledgeBase restarted = LuceneKnowledgeBase.fromFiles(files, options(cache))) {
            assertThat(answers(restarted)).isEqualTo(fresh);
        }

        assertThat(onlyVersion()).isEqualTo(version);
        assertThat(newestFileTime(version)).as("files rewritten").isEqualTo(written);
    }

    @Test
    void aChangedFileBuildsANewVersionThatFindsTheChange(@TempDir Path folder) throws IOException {
        for (KnowledgeFile file : files) {
            Files.createDirectories(folder.resolve(file.name()).getParent());
            Files.writeString(folder.resolve(file.name()), file.content());
        }
        String edited = "deposit-not-credited.md";
        String question = "zorblax quintuple fizzwhack";
        try (LuceneKnowledgeBase before = LuceneKnowledgeBase.fromFolder(folder, options(cache))) {
            assertThat(topIn(before, question)).isNotEqualTo("deposit-not-credited");
        }
        Path unchanged = onlyVersion();

        Path file = folder.resolve(edited);
        Files.writeString(
                file, Files.readString(file).replaceFirst("questions:\n", "questions:\n  - \"" + question + "\"\n"));
        try (LuceneKnowledgeBase after = LuceneKnowledgeBase.fromFolder(folder, options(cache))) {
            assertThat(topIn(after, question)).isEqualTo("deposit-not-credited");
        }

        assertThat(versions()).hasSize(2).contains(unchanged);
    }

    @Test
    void aReloadOfAnEditedFolderFindsTheEdit(@TempDir Path folder) throws IOException {
        Files.writeString(
                folder.resolve("fees.md"), KbFiles.entry("fees", "Fees", "en", List.of("what are the fees"), "Low."));
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.fromFolder(folder, options(cache))) {
            Files.writeString(
                    folder.resolve("unlock.md"),
                    KbFiles.entry("unlock", "Account locked", "en", List.of("my account is locked"), "Wait."));

            kb.reload();

            assertThat(topIn(kb, "my account is locked")).isEqualTo("unlock");
            assertThat(topIn(kb, "what are the fees")).isEqualTo("fees");
        }
        assertThat(versions()).hasSize(2);
    }

    @Test
    void aCorruptIndexFileIsIgnoredAndTheVersionBuiltAgain() throws IOException {
        try (LuceneKnowledgeBase first = LuceneKnowledgeBase.fromFiles(files, options(cache))) {
            assertThat(first.size()).isPositive();
        }
        Path largest = largestFile(onlyVersion().resolve("phrases"));
        flipAByteInTheMiddle(largest);

        try (LuceneKnowledgeBase restarted = LuceneKnowledgeBase.fromFiles(files, options(cache))) {
            assertThat(answers(restarted)).isEqualTo(fresh);
        }
        try (LuceneKnowledgeBase again = LuceneKnowledgeBase.fromFiles(files, options(cache))) {
            assertThat(answers(again)).isEqualTo(fresh);
        }
    }

    @Test
    void aTruncatedTermsFileOrAMissingIndexIsIgnoredAndBuiltAgain() throws IOException {
        try (LuceneKnowledgeBase first = LuceneKnowledgeBase.fromFiles(files, options(cache))) {
            assertThat(first.size()).isPositive();
        }
        Path version = onlyVersion();
        try (RandomAccessFile terms =
                new RandomAccessFile(version.resolve("phrase-terms").toFile(), "rw")) {
            terms.setLength(terms.length() / 2);
        }
        try (LuceneKnowledgeBase restarted = LuceneKnowledgeBase.fromFiles(files, options(cache))) {
            assertThat(answers(restarted)).isEqualTo(fresh);
        }

        try (Stream<Path> index = Files.list(onlyVersion().resolve("entries"))) {
            for (Path file : index.toList()) {
                Files.delete(file);
            }
        }
        try (LuceneKnowledgeBase restarted = LuceneKnowledgeBase.fromFiles(files, options(cache))) {
            assertThat(answers(restarted)).isEqualTo(fresh);
        }
    }

    @Test
    void twoLoadsBuildingTheSameVersionAtOnceBothSearchRightAndLeaveOneVersion() throws Exception {
        Callable<List<List<SearchHit>>> load = () -> {
            try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.fromFiles(files, options(cache))) {
                return answers(kb);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<List<SearchHit>>>> both = pool.invokeAll(List.of(load, load));
            for (Future<List<List<SearchHit>>> one : both) {
                assertThat(one.get()).isEqualTo(fresh);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(versions()).hasSize(1);
        try (Stream<Path> all = Files.list(cache)) {
            assertThat(all.toList()).as("building folders left behind").hasSize(1);
        }
    }

    @Test
    void keepsTheThreeVersionsUsedLast() throws IOException {
        for (int i = 0; i < 5; i++) {
            List<KnowledgeFile> edited = new ArrayList<>(files);
            edited.add(KbFiles.file("extra", "Extra entry " + i, "question number " + i));
            try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.fromFiles(edited, options(cache))) {
                assertThat(topIn(kb, "question number " + i)).isEqualTo("extra");
            }
        }

        assertThat(versions()).hasSize(3);
    }

    private static KnowledgeOptions options(Path indexCache) {
        return new KnowledgeOptions(null, false, Duration.ZERO).withIndexCache(indexCache);
    }

    private static List<FaqCase> questionsIn(String lang) {
        try {
            return FaqCsv.read(QUESTIONS.resolve(lang + ".csv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The top five hits, with their confidence, of every bundled question in its language. */
    private static List<List<SearchHit>> answers(LuceneKnowledgeBase kb) {
        List<List<SearchHit>> all = new ArrayList<>();
        for (String lang : LANGUAGES) {
            for (FaqCase question : questions.get(lang)) {
                all.add(kb.search(new SearchQuery(question.text(), lang, 5)));
            }
        }
        return all;
    }

    private static String topIn(LuceneKnowledgeBase kb, String question) {
        List<SearchHit> hits = kb.search(new SearchQuery(question, "en", 1));
        return hits.isEmpty() ? "" : hits.getFirst().entryId();
    }

    private Path onlyVersion() throws IOException {
        List<Path> versions = versions();
        assertThat(versions).hasSize(1);
        return versions.getFirst();
    }

    private List<Path> versions() throws IOException {
        try (Stream<Path> children = Files.list(cache)) {
            return children.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}"))
                    .toList();
        }
    }

    private static long newestFileTime(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().lastModified())
                    .max()
                    .orElseThrow();
        }
    }

    private static Path largestFile(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.max(Comparator.comparingLong(file -> file.toFile().length()))
                    .orElseThrow();
        }
    }

    /** Changes one byte in place, as a bad disk would, keeping the file's length and name. */
    private static void flipAByteInTheMiddle(Path file) throws IOException {
        Path copy = file.resolveSibling(file.getFileName() + ".copy");
        Files.copy(file, copy);
        try (RandomAccessFile raf = new RandomAccessFile(copy.toFile(), "rw")) {
            long middle = raf.length() / 2;
            raf.seek(middle);
            int b = raf.read();
            raf.seek(middle);
            raf.write(b ^ 0xFF);
        }
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
