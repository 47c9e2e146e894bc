package dev.watchkeeper.knowledge.loader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.knowledge.KnowledgeFile;
import dev.watchkeeper.knowledge.LoadProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeLoaderTest {
    private static final String GOOD =
            """
            ---
            id: deposit-missing
            title: "Deposit not arrived"
            lang: en
            questions:
              - "where is my deposit"
              - "deposit not showing"
            tags: [deposit]
            followups: [deposit-fees]
            aliases: [missing deposit]
            ---
            Deposits need **12 confirmations**.
            """;

    private final KnowledgeLoader loader = new KnowledgeLoader();

    @Test
    void readsEveryFieldOfAGoodFile() {
        LoadResult result = loader.load(List.of(new KnowledgeFile("deposit.md", GOOD)));

        assertThat(result.problems()).isEmpty();
        KnowledgeEntry entry = result.entries().getFirst().entry();
        assertThat(entry.id()).isEqualTo("deposit-missing");
        assertThat(entry.title()).isEqualTo("Deposit not arrived");
        assertThat(entry.lang()).isEqualTo("en");
        assertThat(entry.questions()).containsExactly("where is my deposit", "deposit not showing");
        assertThat(entry.tags()).containsExactly("deposit");
        assertThat(entry.followups()).containsExactly("deposit-fees");
        assertThat(entry.aliases()).containsExactly("missing deposit");
        assertThat(entry.answer()).isEqualTo("Deposits need **12 confirmations**.");
    }

    @Test
    void defaultsLanguageToEnglishAndAcceptsCrlf() {
        String text = "---\r\nid: a\r\ntitle: A\r\n---\r\nThe answer.\r\n";

        LoadResult result = loader.load(List.of(new KnowledgeFile("a.md", text)));

        assertThat(result.entries()).singleElement().satisfies(e -> {
            assertThat(e.entry().lang()).isEqualTo("en");
            assertThat(e.entry().answer()).isEqualTo("The answer.");
        });
    }

    @Test
    void reportsMalformedYamlWithItsLineAndLoadsTheRest() {
        String broken = "---\nid: broken\ntitle: Broken: really\nquestions:\n  - a\n---\nAnswer\n";

        LoadResult result =
                loader.load(List.of(new KnowledgeFile("broken.md", broken), new KnowledgeFile("deposit.md", GOOD)));

        assertThat(result.entries()).extracting(e -> e.entry().id()).containsExactly("deposit-missing");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.md");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("bad YAML");
        });
    }

    @Test
    void reportsMissingIdAndTitle() {
        LoadResult result = loader.load(List.of(
                new KnowledgeFile("no-id.md", "---\ntitle: T\n---\nAnswer\n"),
                new KnowledgeFile("no-title.md", "---\nid: x\n---\nAnswer\n")));

        assertThat(result.entries()).isEmpty();
        assertThat(result.problems())
                .containsExactly(
                        new LoadProblem("no-id.md", 1, "missing required 'id'"),
                        new LoadProblem("no-title.md", 1, "missing required 'title'"));
    }

    @Test
    void reportsWrongTypesAtTheirKey() {
        String text = "---\nid: a\ntitle: A\nquestions: just one string\n---\nAnswer\n";

        LoadResult result = loader.load(List.of(new KnowledgeFile("a.md", text)));

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("'questions' must be a list");
        });
    }

    @Test
    void reportsFilesWithoutFrontMatterOrAnswer() {
        LoadResult result = loader.load(List.of(
                new KnowledgeFile("plain.md", "# Just markdown\n"),
                new KnowledgeFile("open.md", "---\nid: a\ntitle: A\n"),
                new KnowledgeFile("empty.md", "---\nid: a\ntitle: A\n---\n\n")));

        assertThat(result.entries()).isEmpty();
        assertThat(result.problems())
                .extracting(LoadProblem::file, LoadProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "empty.md", "no answer: write the answer below the front matter"),
                        org.assertj.core.groups.Tuple.tuple("open.md", "front matter is not closed by a '---' line"),
                        org.assertj.core.groups.Tuple.tuple(
                                "plain.md", "no front matter: the file must start with a '---' line"));
    }

    @Test
    void duplicateIdInTheSameLanguageNamesBothFilesAndKeepsTheFirst() {
        LoadResult result = loader.load(List.of(
                new KnowledgeFile("b/second.md", GOOD.replace("Deposit not arrived", "Other")),
                new KnowledgeFile("a/first.md", GOOD)));

        assertThat(result.entries()).singleElement().satisfies(e -> assertThat(e.file())
                .isEqualTo("a/first.md"));
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("b/second.md");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("a/first.md", "b/second.md", "deposit-missing");
        });
    }

    @Test
    void translationSharesTheIdInAnotherLanguage() {
        String russian = GOOD.replace("lang: en", "lang: ru").replace("Deposit not arrived", "Депозит не пришёл");

        LoadResult result = loader.load(List.of(new KnowledgeFile("en.md", GOOD), new KnowledgeFile("ru.md", russian)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.entries())
                .extracting(e -> e.entry().id() + "/" + e.entry().lang())
                .containsExactly("deposit-missing/en", "deposit-missing/ru");
    }

    @Test
    void keepsTheLastGoodVersionOfAFileThatBreaks() {
        KnowledgeEntry good = loader.load(List.of(new KnowledgeFile("d.md", GOOD)))
                .entries()
                .getFirst()
                .entry();

        LoadResult result = loader.load(List.of(new KnowledgeFile("d.md", "---\nid: [\n---\n")), Map.of("d.md", good));

        assertThat(result.entries()).extracting(LoadedEntry::entry).containsExactly(good);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("keeping the last good version"));
    }

    @Test
    void translationFilesNamedByLanguageAreGroupedUnderTheirId() {
        String russian = GOOD.replace("lang: en", "lang: ru");
        String chinese = GOOD.replace("lang: en\n", "");

        LoadResult result = loader.load(List.of(
                new KnowledgeFile("deposit-missing.md", GOOD),
                new KnowledgeFile("deposit-missing.ru.md", russian),
                new KnowledgeFile("deposit-missing.zh.md", chinese)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.entries())
                .extracting(e -> e.entry().id() + "/" + e.entry().lang())
                .containsExactly("deposit-missing/en", "deposit-missing/ru", "deposit-missing/zh");
    }

    @Test
    void reportsALanguageThatDisagreesWithTheFileNameAtItsLine() {
        LoadResult result = loader.load(List.of(new KnowledgeFile("deposit-missing.es.md", GOOD)));

        assertThat(result.entries()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("deposit-missing.es.md");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).contains("'en'", "'es'", "file name");
        });
    }

    @Test
    void acceptsARegionInTheFileNameOrInLangButNotTwoDifferentOnes() {
        String brazilian = GOOD.replace("lang: en", "lang: pt-BR");

        LoadResult result = loader.load(List.of(
                new KnowledgeFile("a.pt.md", brazilian),
                new KnowledgeFile("b.pt-br.md", GOOD.replace("lang: en", "lang: pt")),
                new KnowledgeFile("c.pt-pt.md", brazilian)));

        assertThat(result.entries()).extracting(LoadedEntry::file).containsExactly("a.pt.md", "b.pt-br.md");
        assertThat(result.problems()).extracting(LoadProblem::file).containsExactly("c.pt-pt.md");
    }

    @Test
    void dotsInOrdinaryNamesAreNotTakenForALanguage() {
        LoadResult result = loader.load(List.of(
                new KnowledgeFile("api.keys.md", GOOD),
                new KnowledgeFile("notes/v1.2.md", GOOD.replace("deposit-missing", "notes"))));

        assertThat(result.problems()).isEmpty();
        assertThat(result.entries()).extracting(e -> e.entry().lang()).containsExactly("en", "en");
    }
}
