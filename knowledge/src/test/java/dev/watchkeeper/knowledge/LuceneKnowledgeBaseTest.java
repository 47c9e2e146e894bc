package dev.watchkeeper.knowledge;

import static dev.watchkeeper.knowledge.KbFiles.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LuceneKnowledgeBaseTest {
    private static final List<KnowledgeFile> FILES = List.of(
            file(
                    "deposit-missing",
                    "Deposit not arrived",
                    "where is my deposit",
                    "my deposit has not arrived yet",
                    "deposit not showing in my balance"),
            file(
                    "withdraw-pending",
                    "Withdrawal pending",
                    "why is my withdrawal still pending",
                    "my withdrawal is stuck",
                    "how long does a withdrawal take"),
            file(
                    "enable-2fa",
                    "Enable two factor authentication",
                    "how do I turn on two factor authentication",
                    "how can I secure my account"),
            file("btc-fees", "Bitcoin network fees", "what are the bitcoin network fees", "bitcoin fee too high"),
            file("reset-password", "Reset password", "I forgot my password", "how to change my password"),
            file(
                    "verify-identity",
                    "Verify my identity",
                    "how do I complete identity verification",
                    "my identity check failed"),
            new KnowledgeFile(
                    "ru/deposit-missing.md",
                    KbFiles.entry(
                            "deposit-missing",
                            "Депозит не пришёл",
                            "ru",
                            List.of("где мой депозит", "депозит не зачислен"),
                            "Депозиты зачисляются после подтверждений.")));

    private LuceneKnowledgeBase kb;

    @BeforeEach
    void open() throws URISyntaxException {
        kb = LuceneKnowledgeBase.fromFiles(FILES, options(testSynonyms()));
    }

    @AfterEach
    void close() {
        kb.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "cash out stuck, withdraw-pending",
        "btc fees, btc-fees",
        "how do I set up 2fa, enable-2fa",
    })
    void synonymsFindTheEntryWrittenWithTheOtherWord(String query, String expected) {
        assertThat(best(query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "deposits arriving, deposit-missing",
        "withdrawals pending, withdraw-pending",
        "verifying identities, verify-identity",
    })
    void stemmingMatchesOtherFormsOfAWord(String query, String expected) {
        assertThat(best(query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "forgot my pasword, reset-password",
        "withdrawl pendng, withdraw-pending",
        "my depost has not arived, deposit-missing",
    })
    void typosAreCorrectedToWordsTheKnowledgeBaseUses(String query, String expected) {
        assertThat(best(query)).isEqualTo(expected);
    }

    @Test
    void givesTheSameHitsWhenAskedTheSameAgain() {
        List<String> queries = List.of("withdrawl pendng", "btc fees", "my deposit has not arrived", "reset password");
        List<List<SearchHit>> first = queries.stream()
                .map(q -> kb.search(new SearchQuery(q, null, 5)))
                .toList();

        List<List<SearchHit>> again = queries.stream()
                .map(q -> kb.search(new SearchQuery(q, null, 5)))
                .toList();

        assertThat(again).isEqualTo(first);
        assertThat(first).allSatisfy(hits -> assertThat(hits).isNotEmpty());
    }

    @Test
    void givesOneHitPerEntryEvenWhenSeveralPhrasingsAndTranslationsMatch() {
        List<SearchHit> hits = kb.search(new SearchQuery("deposit not arrived where is my deposit", null, 10));

        assertThat(hits)
                .extracting(SearchHit::entryId)
                .doesNotHaveDuplicates()
                .first()
                .isEqualTo("deposit-missing");
    }

    @Test
    void confidenceIsInRangeAndNeverRisesDownTheList() {
        List<SearchHit> hits = kb.search(new SearchQuery("my withdrawal deposit password is stuck", null, 10));

        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.confidence()).isBetween(0.0, 1.0));
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).confidence())
                    .isLessThanOrEqualTo(hits.get(i - 1).confidence());
        }
    }

    @Test
    void answersInScopeQuestionsConfidentlyAndUnrelatedOnesNot() {
        assertThat(kb.search(new SearchQuery("my withdrawal has been pending for hours", null, 3)))
                .first()
                .satisfies(h -> {
                    assertThat(h.entryId()).isEqualTo("withdraw-pending");
                    assertThat(h.confidence()).isGreaterThan(0.5);
                });
        assertThat(kb.search(new SearchQuery("what is the weather in Paris tomorrow", null, 3)))
                .allSatisfy(h -> assertThat(h.confidence()).isLessThan(0.5));
    }

    @Test
    void searchesTheRequestedLanguageAndFindsTheTranslation() {
        List<SearchHit> hits = kb.search(new SearchQuery("где мой депозит", "ru", 3));

        assertThat(hits).first().satisfies(h -> {
            assertThat(h.entryId()).isEqualTo("deposit-missing");
            assertThat(h.lang()).isEqualTo("ru");
        });
        assertThat(kb.entry("deposit-missing", "ru"))
                .get()
                .extracting(e -> e.lang())
                .isEqualTo("ru");
        assertThat(kb.entry("deposit-missing", "de"))
                .get()
                .extracting(e -> e.lang())
                .isEqualTo("en");
        assertThat(kb.entry("nope", null)).isEmpty();
        assertThat(kb.size()).isEqualTo(6);
    }

    @Test
    void listsEveryVersionOfEveryEntryWithTranslationsTogether() {
        List<KnowledgeEntry> entries = kb.entries();

        assertThat(entries).hasSize(7);
        assertThat(entries)
                .extracting(e -> e.id() + "/" + e.lang())
                .doesNotHaveDuplicates()
                .contains("deposit-missing/en", "deposit-missing/ru", "reset-password/en");
        int english = entries.indexOf(kb.entry("deposit-missing", "en").orElseThrow());
        assertThat(entries.get(english + 1).lang()).isEqualTo("ru");
        assertThat(entries.stream().map(KnowledgeEntry::id).distinct()).hasSize(kb.size());
    }

    @Test
    void oddInputNeverThrows() {
        Random random = new Random(42);
        StringBuilder binary = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            binary.append((char) random.nextInt(0x10000));
        }
        List<String> inputs = new ArrayList<>(List.of(
                "",
                "   ",
                "🚀🚀🔥💰",
                "?!?!...",
                "депозит deposit 入金 not arrived ไม่ได้รับ",
                "\uD800 lone surrogate \uDC00",
                "withdraw ".repeat(1200),
                "x".repeat(10_000),
                binary.toString()));
        for (String input : inputs) {
            List<SearchHit> hits = kb.search(new SearchQuery(input, null, 5));
            assertThat(hits).hasSizeLessThanOrEqualTo(5).allSatisfy(h -> assertThat(h.confidence())
                    .isBetween(0.0, 1.0));
        }
    }

    @Test
    void reportsABrokenSynonymsFileAndSearchesWithoutIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.txt");

        try (LuceneKnowledgeBase base = LuceneKnowledgeBase.fromFiles(FILES, options(missing))) {
            assertThat(base.problems()).singleElement().satisfies(p -> assertThat(p.file())
                    .isEqualTo(missing.toString()));
            assertThat(base.search(new SearchQuery("withdrawal pending", null, 1)))
                    .extracting(SearchHit::entryId)
                    .containsExactly("withdraw-pending");
        }
    }

    @Test
    void aFoldersOwnConfidenceModelsAreUsedForItsLanguages(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        for (KnowledgeFile file : FILES) {
            Path target = dir.resolve(file.name());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content());
        }
        String question = "withdrawal pending";
        double general;
        try (LuceneKnowledgeBase base = LuceneKnowledgeBase.fromFolder(dir, options(null))) {
            general = base.search(new SearchQuery(question, "en", 1)).getFirst().confidence();
        }
        Files.writeString(dir.resolve("confidence.properties"), "en = -8 0 0 0 0 0 0\n");

        try (LuceneKnowledgeBase base = LuceneKnowledgeBase.fromFolder(dir, options(null))) {
            SearchHit hit = base.search(new SearchQuery(question, "en", 1)).getFirst();
            assertThat(hit.entryId()).isEqualTo("withdraw-pending");
            assertThat(general).isGreaterThan(0.5);
            assertThat(hit.confidence()).isLessThan(0.01);
        }
    }

    @Test
    void aBrokenConfidenceFileStopsTheStartWithItsName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("confidence.properties"), "en = high\n");

        assertThatThrownBy(() -> LuceneKnowledgeBase.fromFolder(dir, options(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence.properties");
    }

    @Test
    void listsTheProblemsOfTheFilesItSkipped() {
        List<KnowledgeFile> files = new ArrayList<>(FILES);
        files.add(new KnowledgeFile("bad.md", "no front matter"));

        try (LuceneKnowledgeBase base = LuceneKnowledgeBase.fromFiles(files, KnowledgeOptions.defaults())) {
            assertThat(base.problems()).extracting(LoadProblem::file).containsExactly("bad.md");
            assertThat(base.size()).isEqualTo(6);
        }
    }

    private @Nullable String best(String query) {
        List<SearchHit> hits = kb.search(new SearchQuery(query, null, 3));
        return hits.isEmpty() ? null : hits.getFirst().entryId();
    }

    static KnowledgeOptions options(@Nullable Path synonyms) {
        return new KnowledgeOptions(synonyms, false, Duration.ofMillis(100));
    }

    static Path testSynonyms() throws URISyntaxException {
        return Path.of(LuceneKnowledgeBaseTest.class
                .getResource("/analysis-test/synonyms.txt")
                .toURI());
    }
}
