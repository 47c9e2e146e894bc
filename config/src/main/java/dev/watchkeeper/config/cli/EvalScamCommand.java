package dev.watchkeeper.config.cli;

import dev.watchkeeper.core.shield.ScamCase;
import dev.watchkeeper.core.shield.ScamEvaluation;
import dev.watchkeeper.core.shield.ScamEvaluator;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.Signal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code watchkeeper eval scam --cases FILE}: scam detection on labelled messages; {@code
 * --cross-validate FOLDER}: how a shield trained the way the build trains it generalises.
 */
@Command(
        name = "scam",
        mixinStandardHelpOptions = true,
        description = {
            "Run scam cases (CSV text,label with label scam or ham) and print the figures,",
            "or cross-validate the shield's training over a folder of such files (one source each)."
        })
final class EvalScamCommand implements Callable<Integer> {
    /** Enough untimed checks before timing that the figures describe a warmed-up JIT. */
    private static final int WARMUP_CHECKS = 20_000;

    /** Warm-up reads at most this many characters in all. */
    private static final long WARMUP_CHARACTERS = 10_000_000;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--cases", paramLabel = "FILE", required = true, description = "CSV of cases.")
        Path cases;

        @Option(
                names = "--cross-validate",
                paramLabel = "FOLDER",
                required = true,
                description = "Folder of CSV files, one source each: k-fold cross-validation and leave one source out.")
        Path folder;
    }

    @Option(
            names = "--folds",
            defaultValue = "5",
            description = "Folds of the cross-validation (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--no-loso", description = "Skip leave-one-source-out.")
    boolean noLoso;

    @Option(
            names = "--misses",
            paramLabel = "FILE",
            description = "Write the false negatives and false positives with their score and reasons (CSV).")
    Path misses;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (input.folder != null) {
            if (folds < 2) {
                throw new UsageException("--folds must be at least 2");
            }
            ScamCrossValidationReport.run(
                    input.folder, folds, !noLoso, spec.commandLine().getOut());
            return CommandLine.ExitCode.OK;
        }
        Path cases = input.cases;
        List<ScamCase> scamCases = new ArrayList<>();
        for (CSVRecord row : CaseFiles.rows(cases, "text", "label")) {
            String label = row.get(1).strip().toLowerCase(Locale.ROOT);
            if (!label.equals("scam") && !label.equals("ham")) {
                throw new UsageException(String.format(
                        "%s line %d: label must be scam or ham, found '%s'",
                        cases, row.getParser().getCurrentLineNumber(), row.get(1)));
            }
            scamCases.add(new ScamCase(row.get(0), label.equals("scam")));
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.start(spec, Map.of())) {
            ScamShield shield = context.getBean(ScamShield.class);
            ScamEvaluation result = new ScamEvaluator(shield, warmupRounds(scamCases)).run(scamCases);
            if (misses != null) {
                ScamMisses.write(misses, shield, scamCases);
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("cases", result.cases());
            figures.put("precision", result.precision());
            figures.put("recall", result.recall());
            figures.put("f1", result.f1());
            figures.put("false_positive_rate", result.falsePositiveRate());
            figures.put("suspicious", result.suspicious());
            figures.put("suspicious_ham", result.suspiciousHam());
            figures.put("ms_per_message_p50", result.msPerMessageP50());
            figures.put("ms_per_message_p99", result.msPerMessageP99());
            Map<String, Integer> signals = new TreeMap<>();
            for (Map.Entry<Signal, Integer> entry : result.signalCounts().entrySet()) {
                signals.put(entry.getKey().name().toLowerCase(Locale.ROOT), entry.getValue());
            }
            if (json) {
                figures.put("signals", signals);
            } else {
                signals.forEach((signal, count) -> figures.put("signal." + signal, count));
            }
            Figures.print(spec.commandLine().getOut(), figures, json);
            return CommandLine.ExitCode.OK;
        }
    }

    /**
     * Rounds over all cases before timing: about {@value #WARMUP_CHECKS} checks, but no more than
     * {@value #WARMUP_CHARACTERS} characters in all, so that a file with a very long message (a
     * scammer's 100 KB post) is warmed up in seconds, not minutes; at least one round.
     */
    static int warmupRounds(List<ScamCase> cases) {
        long characters = 0;
        for (ScamCase c : cases) {
            characters += c.text().length();
        }
        long byChecks = (WARMUP_CHECKS + cases.size() - 1) / Math.max(1, cases.size());
        long byCharacters = WARMUP_CHARACTERS / Math.max(1, characters);
        return (int) Math.max(1, Math.min(byChecks, byCharacters));
    }
}
