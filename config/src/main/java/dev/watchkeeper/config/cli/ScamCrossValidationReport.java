package dev.watchkeeper.config.cli;

import dev.watchkeeper.shield.LabelledCsv;
import dev.watchkeeper.shield.LabelledText;
import dev.watchkeeper.shield.ShieldOptions;
import dev.watchkeeper.shield.model.BundledModels;
import dev.watchkeeper.shield.model.ShieldCrossValidation;
import dev.watchkeeper.shield.model.ShieldCrossValidation.Counts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints the shield's generalisation figures for a folder of labelled CSV files (one source
 * each): k-fold cross-validation over the pooled sources and leave-one-source-out, per source and
 * pooled, with the project's own samples in every training set.
 */
final class ScamCrossValidationReport {
    private ScamCrossValidationReport() {}

    static void run(Path folder, int folds, boolean loso, PrintWriter out) {
        Map<String, List<LabelledText>> sources = sources(folder);
        List<LabelledText> own = LabelledCsv.resource(BundledModels.OWN_SAMPLES);
        ShieldCrossValidation validation = new ShieldCrossValidation(ShieldOptions.defaults());
        out.printf(
                Locale.ROOT,
                "%d sources, %d messages; own samples in every training set: %d%n",
                sources.size(),
                sources.values().stream().mapToInt(List::size).sum(),
                own.size());
        Map<String, Counts> cv = validation.crossValidate(sources, own, folds);
        print(out, folds + "-fold cross-validation", cv);
        if (loso) {
            print(out, "leave one source out", validation.leaveOneSourceOut(sources, own));
        }
        out.flush();
    }

    private static void print(PrintWriter out, String title, Map<String, Counts> counts) {
        out.printf(Locale.ROOT, "%n%s%n", title);
        out.printf(Locale.ROOT, "%-16s %6s %6s %9s %7s %7s%n", "source", "scams", "hams", "precision", "recall", "fpr");
        Map<String, Counts> rows = new LinkedHashMap<>(counts);
        rows.put("pooled", ShieldCrossValidation.pooled(counts));
        rows.forEach((name, c) -> out.printf(
                Locale.ROOT,
                "%-16s %6d %6d %9.4f %7.4f %7.4f%n",
                name,
                c.truePositives() + c.falseNegatives(),
                c.falsePositives() + c.trueNegatives(),
                c.precision(),
                c.recall(),
                c.falsePositiveRate()));
    }

    private static Map<String, List<LabelledText>> sources(Path folder) {
        Map<String, List<LabelledText>> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
                sources.put(name, LabelledCsv.parse(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + folder + ": " + e.getMessage());
        }
        if (sources.isEmpty()) {
            throw new UsageException(folder + " holds no .csv files of labelled messages");
        }
        return sources;
    }
}
