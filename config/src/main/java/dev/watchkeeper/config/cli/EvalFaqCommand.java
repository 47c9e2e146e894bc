package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.faq.KnowledgeProperties;
import dev.watchkeeper.config.faq.KnowledgeProperties.Retrieval;
import dev.watchkeeper.core.assembly.FeatureTexts;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.FaqCase;
import dev.watchkeeper.core.faq.FaqEvaluation;
import dev.watchkeeper.core.faq.FaqEvaluator;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.language.MemberLanguage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code watchkeeper eval faq [--kb DIR] --cases FILE [--lang LANG] [--retrieval lexical|hybrid]}: answer quality on labelled
 * questions, against the bundled knowledge base when no folder is given. Small-talk cases ("thanks",
 * "ok") are counted apart ({@code small_talk}) and left out of the ratios, as the bot replies to them
 * without searching.
 */
@Command(
        name = "faq",
        mixinStandardHelpOptions = true,
        description = "Run FAQ cases (CSV text,expected_id; empty id = out of scope) and print the figures.")
final class EvalFaqCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kb", paramLabel = "DIR", description = "Knowledge-base folder (default: the bundled one).")
    @Nullable
    Path kb;

    @Option(names = "--cases", paramLabel = "FILE", required = true, description = "CSV of cases.")
    Path cases = Path.of(".");

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "Ask every question as from a member whose platform reports this language;"
                    + " as for a member's first message, the question's own language wins when its"
                    + " words tell it (default: none).")
    @Nullable
    String lang;

    @Option(
            names = "--retrieval",
            paramLabel = "MODE",
            description = "lexical (by words alone) or hybrid (by words and by meaning); default: the"
                    + " configured watchkeeper.kb.retrieval, hybrid.")
    @Nullable
    String retrieval;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--threshold", paramLabel = "X", description = "Override watchkeeper.answer.threshold.")
    @Nullable
    Double threshold;

    @Override
    public Integer call() {
        List<FaqCase> faqCases = FaqCasesCsv.read(cases);
        Map<String, Object> properties = KnowledgeArguments.properties(kb);
        if (threshold != null) {
            properties.put("watchkeeper.answer.threshold", threshold.toString());
        }
        if (retrieval != null) {
            properties.put("watchkeeper.kb.retrieval", retrievalMode(retrieval).name());
        }
        // every question waits for the language models, however long they take to load, so that
        // the figures do not depend on how busy the machine is
        properties.putIfAbsent("watchkeeper.language.model-wait", "10m");
        try (ConfigurableApplicationContext context = ApplicationContexts.start(spec, properties)) {
            KnowledgeBase knowledgeBase = context.getBean(KnowledgeBase.class);
            FaqEvaluation result = new FaqEvaluator(
                            new AskedAsMembersAsk(knowledgeBase, context.getBean(MemberLanguage.class), lang),
                            context.getBean(AnswerPolicy.class),
                            context.getBean(FeatureTexts.class).smallTalk())
                    .run(faqCases);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put(
                    "retrieval",
                    context.getBean(KnowledgeProperties.class)
                            .retrieval()
                            .name()
                            .toLowerCase(Locale.ROOT));
            figures.put("cases", result.cases());
            figures.put("small_talk", result.smallTalk());
            figures.put("top1_accuracy", result.top1Accuracy());
            figures.put("top3_recall", result.top3Recall());
            figures.put("in_scope_accuracy", result.inScopeAccuracy());
            figures.put("oos_recall", result.oosRecall());
            figures.put("wrong_answer_rate", result.wrongAnswerRate());
            figures.put("ms_per_query_p50", result.msPerQueryP50());
            figures.put("ms_per_query_p99", result.msPerQueryP99());
            Figures.print(spec.commandLine().getOut(), figures, json);
            return CommandLine.ExitCode.OK;
        }
    }

    private static Retrieval retrievalMode(String given) {
        return Arrays.stream(Retrieval.values())
                .filter(mode -> mode.name().equalsIgnoreCase(given.strip()))
                .findFirst()
                .orElseThrow(() -> new UsageException("--retrieval must be lexical or hybrid, not '" + given + "'"));
    }
}
