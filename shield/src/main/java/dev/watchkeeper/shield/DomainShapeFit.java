package dev.watchkeeper.shield;

import dev.watchkeeper.core.shield.link.DomainShapeModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the domain shape model from the command line and reports how it does (5-fold
 * cross-validation, threshold chosen on the cross-validated scores of the legitimate domains):
 * {@code DomainShapeFit SCAM_FILE OUT_FILE [LEGIT_SPEC...] [--report SPEC...]}. With no legit
 * spec, the bundled MetaMask whitelist and the bundled legitimate domains are used. Prints the
 * 5-fold cross-validated and in-sample flagged shares per list, then writes the model. The same
 * fitting runs behind {@code watchkeeper eval links --fit}.
 */
public final class DomainShapeFit {
    /** The share of legitimate domains the threshold may flag on the cross-validated scores. */
    public static final double TARGET_LEGIT_SHARE = 0.005;

    /** LIBLINEAR's C: chosen among 0.5, 1 and 2 by the cross-validated share of drainer domains flagged. */
    public static final double COST = 0.5;

    private DomainShapeFit() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: DomainShapeFit SCAM_FILE OUT_FILE [LEGIT_SPEC...] [--report SPEC...]");
            System.exit(2);
        }
        List<String> legit = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        boolean report = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--report")) {
                report = true;
            } else {
                (report ? reports : legit).add(args[i]);
            }
        }
        System.out.print(run(args[0], legit, reports, Path.of(args[1]), TARGET_LEGIT_SHARE, COST));
    }

    /** Fits, measures and writes; returns the report. Blocks on the file system. */
    public static String run(
            String scamSpec,
            List<String> legitSpecs,
            List<String> reportSpecs,
            Path out,
            double targetLegitShare,
            double cost)
            throws IOException {
        DomainShapeFitting fitting = new DomainShapeFitting(targetLegitShare, cost);
        List<DomainShapeFitting.Sample> samples = new ArrayList<>(
                fitting.samples(Path.of(scamSpec).getFileName().toString(), DomainFiles.read(scamSpec), true));
        if (legitSpecs.isEmpty()) {
            samples.addAll(
                    fitting.samples("metamask whitelist (bundled)", DomainFiles.bundledMetamaskWhitelist(), false));
            samples.addAll(fitting.samples("legit-domains.txt (bundled)", DomainFiles.bundledLegit(), false));
        }
        for (String spec : legitSpecs) {
            samples.addAll(fitting.samples(Path.of(spec).getFileName().toString(), DomainFiles.read(spec), false));
        }
        StringBuilder report = new StringBuilder();
        DomainShapeFitting.CrossValidation cv = fitting.crossValidate(samples, 5, 20_260_601L);
        report.append(String.format(
                Locale.ROOT,
                "5-fold cross-validated scores, threshold %.4f chosen on them (source, domains, flagged, share):%n",
                cv.threshold()));
        report.append(DomainShapeFitting.table(DomainShapeFitting.shares(samples, cv.probabilities(), cv.threshold())));
        DomainShapeModel fitted = fitting.fit(samples);
        DomainShapeModel model = new DomainShapeModel(fitted.weights(), fitted.intercept(), cv.threshold());
        report.append(String.format(Locale.ROOT, "in-sample, model fitted on all, same threshold:%n"));
        report.append(DomainShapeFitting.table(DomainShapeFitting.shares(model, samples)));
        if (!reportSpecs.isEmpty()) {
            List<DomainShapeFitting.Sample> others = new ArrayList<>();
            for (String spec : reportSpecs) {
                others.addAll(fitting.samples(Path.of(spec).getFileName().toString(), DomainFiles.read(spec), false));
            }
            report.append("other lists, fitted model alone (no deny or allow list):\n");
            report.append(DomainShapeFitting.table(DomainShapeFitting.shares(model, others)));
        }
        Files.writeString(
                out,
                model.format("The domain shape model: logistic regression weights, fitted by DomainShapeFit on "
                        + samples.size() + " domains\n(" + Path.of(scamSpec).getFileName()
                        + " against legitimate lists); see docs/DETECTION.md."),
                StandardCharsets.UTF_8);
        return report.toString();
    }
}
