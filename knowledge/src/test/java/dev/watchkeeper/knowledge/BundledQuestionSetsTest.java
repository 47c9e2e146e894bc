package dev.watchkeeper.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.FaqEvaluation;
import dev.watchkeeper.core.faq.FaqEvaluator;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled knowledge base against the member question sets of {@code eval/faq/bundled}, asked
 * in each set's language as the engine asks (the member's language decided). Floors a little
 * below today's figures (docs/benchmarks.md), so that an analysis or calibration change that
 * loses answers in one language fails here rather than in a community.
 */
class BundledQuestionSetsTest {
    private static final Path SETS = Path.of("..", "eval", "faq", "bundled");
    private static final AnswerPolicy POLICY = new AnswerPolicy(new AnswerThresholds(0.5, 0.25, 0.8));

    private static LuceneKnowledgeBase kb;

    @BeforeAll
    static void open() {
        kb = LuceneKnowledgeBase.fromFolder(
                Path.of("src", "main", "resources", "kb"),
                KnowledgeOptions.defaults().withHotReload(false));
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "zh", "es", "pt", "tr"})
    void answersMostMemberQuestionsInEveryLanguageAndFewOffTopicLines(String lang) throws IOException {
        FaqEvaluator evaluator = new FaqEvaluator(new AskedIn(kb, lang), POLICY, SmallTalk.bundled());

        FaqEvaluation tuning =
                evaluator.run(FaqCsv.read(SETS.resolve("tuning-b").resolve(lang + ".csv")));
        FaqEvaluation heldOut =
                evaluator.run(FaqCsv.read(SETS.resolve("holdout-b").resolve(lang + ".csv")));
        FaqEvaluation chatter =
                evaluator.run(FaqCsv.read(SETS.resolve("chatter").resolve(lang + ".csv")));

        assertThat(tuning.top1Accuracy()).as("top1, tuning-b").isGreaterThanOrEqualTo(0.88);
        assertThat(tuning.inScopeAccuracy()).as("in-scope, tuning-b").isGreaterThanOrEqualTo(0.68);
        assertThat(heldOut.top1Accuracy()).as("top1, holdout-b").isGreaterThanOrEqualTo(0.85);
        assertThat(heldOut.inScopeAccuracy()).as("in-scope, holdout-b").isGreaterThanOrEqualTo(0.65);
        assertThat(chatter.oosRecall()).as("off-topic declined").isGreaterThanOrEqualTo(0.75);
        assertThat(heldOut.wrongAnswerRate()).as("wrong answers, holdout-b").isLessThanOrEqualTo(0.10);
    }

    /** Every question asked as from a member whose language was decided as {@code lang}. */
    private record AskedIn(KnowledgeBase kb, String lang) implements KnowledgeBase {
        @Override
        public List<SearchHit> search(SearchQuery query) {
            return kb.search(new SearchQuery(query.text(), lang, query.limit()));
        }

        @Override
        public Optional<KnowledgeEntry> entry(String id, @Nullable String language) {
            return kb.entry(id, language);
        }

        @Override
        public int size() {
            return kb.size();
        }

        @Override
        public List<KnowledgeEntry> entries() {
            return kb.entries();
        }
    }
}
