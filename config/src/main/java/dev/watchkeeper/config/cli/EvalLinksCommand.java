package dev.watchkeeper.config.cli;

import dev.watchkeeper.core.scam.LinkEvaluation;
import dev.watchkeeper.core.scam.LinkEvaluator;
import dev.watchkeeper.core.scam.ScamShield;
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

/** {@code watchkeeper eval links --domains FILE}: how many listed domains the shield flags. */
@Command(
        name = "links",
        mixinStandardHelpOptions = true,
        description = "Check domains (one per line, # comments) posted alone as links; print how many are flagged.")
final class EvalLinksCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--domains", paramLabel = "FILE", required = true, description = "One domain per line.")
    Path domains = Path.of(".");

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        List<String> list = read(domains);
        try (ConfigurableApplicationContext context = ApplicationContexts.start(Map.of())) {
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
