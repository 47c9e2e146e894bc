package dev.watchkeeper.config.cli;

import dev.watchkeeper.core.shield.LinkEvaluation;
import dev.watchkeeper.core.shield.LinkEvaluator;
import dev.watchkeeper.core.shield.ScamShield;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code watchkeeper eval links --domains FILE}: how many listed domains the shield flags. With
 * {@code --fit}, fits the domain shape model instead ({@code --scam-domains FILE --legit SPEC...
 * --write PATH}), prints its cross-validated and in-sample figures, and writes the model file.
 */
@Command(
        name = "links",
        mixinStandardHelpOptions = true,
        description = "Check domains (one per line, # comments) posted alone as links; print how many are flagged.")
final class EvalLinksCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--domains", paramLabel = "FILE", description = "One domain per line.")
    @org.jspecify.annotations.Nullable
    Path domains;

    @Option(names = "--fit", description = "Fit the domain shape model (needs --scam-domains and --write).")
    boolean fit;

    @Option(names = "--scam-domains", paramLabel = "FILE", description = "Drainer and phishing domains to fit on.")
    @org.jspecify.annotations.Nullable
    String scamDomains;

    @Option(
            names = "--legit",
            paramLabel = "SPEC",
            description = "Legitimate domains: a file, or FILE#key for an array of a JSON list; repeatable."
                    + " Default: the bundled MetaMask whitelist and legitimate domains.")
    List<String> legit = new java.util.ArrayList<>();

    @Option(
            names = "--report",
            paramLabel = "SPEC",
            description = "More lists to measure the fitted model on (FILE or FILE#key); repeatable.")
    List<String> report = new java.util.ArrayList<>();

    @Option(
            names = "--target-legit-share",
            paramLabel = "SHARE",
            description =
                    "Largest share of legitimate domains the threshold may flag (cross-validated). Default: 0.005.")
    double targetLegitShare = dev.watchkeeper.shield.DomainShapeFit.TARGET_LEGIT_SHARE;

    @Option(names = "--cost", paramLabel = "C", description = "LIBLINEAR's C (regularisation). Default: 0.5.")
    double cost = dev.watchkeeper.shield.DomainShapeFit.COST;

    @Option(names = "--write", paramLabel = "PATH", description = "Where to write the fitted model.")
    @org.jspecify.annotations.Nullable
    Path write;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (fit) {
            return fit();
        }
        if (domains == null) {
            throw new UsageException("--domains FILE is needed (or --fit)");
        }
        List<String> list = read(domains);
        try (ConfigurableApplicationContext context = ApplicationContexts.start(spec, Map.of())) {
            LinkEvaluation result = new LinkEvaluator(context.getBean(ScamShield.class)).run(list);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("domains", result.domains());
            figures.put("flagged", result.flagged());
            figures.put("flagged_rate", result.flaggedRate());
            figures.put("scam", result.scam());
            Figures.print(spec.commandLine().getOut(), figures, json);
            return CommandLine.ExitCode.OK;
        }
    }

    private Integer fit() {
        if (scamDomains == null || write == null) {
            throw new UsageException("--fit needs --scam-domains FILE and --write PATH");
        }
        try {
            spec.commandLine()
                    .getOut()
                    .print(dev.watchkeeper.shield.DomainShapeFit.run(
                            scamDomains, legit, report, write, targetLegitShare, cost));
            spec.commandLine().getOut().println("model written to " + write);
            return CommandLine.ExitCode.OK;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UsageException("cannot fit: " + e.getMessage());
        }
    }

    private static List<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("domains file not found: " + file);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot read: " + e.getMessage());
        }
        List<String> domains = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.contains(" ") || !line.contains(".")) {
                throw new UsageException(String.format("%s line %d: not a domain: '%s'", file, i + 1, line));
            }
            domains.add(line);
        }
        return domains;
    }
}
