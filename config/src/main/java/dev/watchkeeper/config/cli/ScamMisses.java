package dev.watchkeeper.config.cli;

import dev.watchkeeper.core.shield.ScamCase;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes what the shield got wrong: each false negative (a scam not judged a scam) and false
 * positive (a normal message judged a scam) with its verdict, score and reasons, as CSV.
 */
final class ScamMisses {
    private ScamMisses() {}

    static void write(Path file, ScamShield shield, List<ScamCase> cases) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader("kind", "label", "verdict", "score", "reasons", "text")
                        .get()
                        .print(writer)) {
            for (ScamCase c : cases) {
                ScamVerdict v = shield.check(ScamInput.text(c.text()));
                boolean flagged = v.verdict() == Verdict.SCAM;
                if (flagged != c.scam()) {
                    csv.printRecord(
                            c.scam() ? "false negative" : "false positive",
                            c.scam() ? "scam" : "ham",
                            v.verdict().name().toLowerCase(java.util.Locale.ROOT),
                            v.score(),
                            v.reasons().stream().map(ScamReason::detail).collect(Collectors.joining("; ")),
                            c.text());
                }
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
