package dev.watchkeeper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.knowledge.search.ConfidenceModels;
import dev.watchkeeper.knowledge.search.RankedEntry;
import dev.watchkeeper.knowledge.semantic.PhrasingEmbedder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled knowledge base searched by words and by meaning (the real embedding model), with
 * questions as members describe their problem in words the entry does not use.
 */
class HybridSearchTest {
    /** Questions that share no word with their entry's phrasings, or only a stop word or two. */
    private static final List<String[]> PARAPHRASES = List.of(
            new String[] {"my money never showed up", "deposit-not-credited"},
            new String[] {"I forgot the secret words that restore my wallet", "lost-seed-phrase"},
            new String[] {"someone emptied my wallet overnight", "hacked-funds-stolen"},
            new String[] {"how much do you charge when I take money out", "withdrawal-fees"},
            new String[] {"they refused my ID photos", "kyc-rejected"},
            new String[] {"I got a new phone and the code generator app is gone", "reset-2fa-lost-phone"},
            new String[] {"sent tokens over the wrong chain", "wrong-network-deposit"},
            new String[] {"my leveraged position got wiped out when the price dropped", "liquidation"},
            new String[] {"how long until my identity check is done", "kyc-processing-time"},
            new String[] {"a guy in my DMs says he is from the team and wants to help", "fake-support-dm"});

    @TempDir
    static Path cache;

    private static LuceneKnowledgeBase hybrid;
    private static LuceneKnowledgeBase lexical;

    @BeforeAll
    static void open() {
        KnowledgeOptions options = KnowledgeOptions.defaults()
                .withHotReload(false)
                .withConfidence(ConfidenceModels.bundledKnowledgeBase());
        Path folder = Path.of("src", "main", "resources", "kb");
        hybrid = LuceneKnowledgeBase.fromFolder(folder, options.withEmbedder(PhrasingEmbedder.miniLm(cache)));
        lexical = LuceneKnowledgeBase.fromFolder(folder, options);
    }

    @AfterAll
    static void close() {
        hybrid.close();
        lexical.close();
    }

    @Test
    void offersTheEntryForQuestionsThatShareNoWordsWithIt() {
        // measured 2026-12-03: all 10 in the top three; one may move on another CPU's arithmetic
        long offered = PARAPHRASES.stream()
                .filter(c -> topThree(hybrid, c[0]).contains(c[1]))
                .count();

        assertThat(offered).isGreaterThanOrEqualTo(9);
    }

    @Test
    void ranksMoreOfThemFirstThanWordsAloneDo() {
        // measured 2026-12-03: 7 of 10 by words and meaning, 4 by words alone
        assertThat(rightFirst(hybrid)).isGreaterThanOrEqualTo(6).isGreaterThan(rightFirst(lexical) + 1);
    }

    private static long rightFirst(LuceneKnowledgeBase kb) {
        return PARAPHRASES.stream()
                .filter(c -> c[1].equals(topThree(kb, c[0]).stream().findFirst().orElse("")))
                .count();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            мой депозит не пришел             | deposit-not-credited
            提现一直在处理中                    | withdrawal-pending
            perdí mi teléfono y no puedo entrar con 2FA | reset-2fa-lost-phone
            """)
    void otherLanguagesAreSearchedByWordsAloneAsBefore(String question, String expected) {
        List<RankedEntry> byBoth = hybrid.rank(question, null, 3);
        List<RankedEntry> byWords = lexical.rank(question, null, 3);

        assertThat(byBoth.getFirst().entry().id()).isEqualTo(expected);
        assertThat(byBoth.getFirst().features().dense()).isZero();
        assertThat(byBoth.getFirst().confidence()).isEqualTo(byWords.getFirst().confidence());
    }

    @Test
    void aClearEnglishQuestionIsStillAnsweredConfidently() {
        List<RankedEntry> ranked = hybrid.rank("my deposit has not arrived", "en", 3);

        assertThat(ranked.getFirst().entry().id()).isEqualTo("deposit-not-credited");
        assertThat(ranked.getFirst().confidence()).isGreaterThan(0.5);
        assertThat(ranked.getFirst().features().dense()).isPositive();
    }

    private static List<String> topThree(LuceneKnowledgeBase kb, String question) {
        List<String> ids =
                kb.rank(question, "en", 3).stream().map(r -> r.entry().id()).toList();
        return ids;
    }
}
