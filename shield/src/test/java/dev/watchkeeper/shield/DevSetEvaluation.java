package dev.watchkeeper.shield;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.LinkEvaluation;
import dev.watchkeeper.core.shield.LinkEvaluator;
import dev.watchkeeper.core.shield.ScamCase;
import dev.watchkeeper.core.shield.ScamEvaluation;
import dev.watchkeeper.core.shield.ScamEvaluator;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the shield over the evaluation sets of a folder laid out like {@code shared/eval}
 * ({@code scam/dev/*.csv}, {@code links/*.json}) and prints the figures. A development tool, not a
 * test: {@code java ... DevSetEvaluation /work/shared/eval [--errors]}.
 */
public final class DevSetEvaluation {
    private DevSetEvaluation() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "/work/shared/eval");
        boolean errors = List.of(args).contains("--errors");
        ShieldComponents components = ShieldFactory.create(ShieldOptions.defaults());
        ScamShield shield = components.shield();
        List<ScamCase> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("scam/dev"))) {
            for (Path file : files.sorted().toList()) {
                List<ScamCase> cases = new ArrayList<>();
                for (LabelledText t : LabelledCsv.parse(Files.readString(file))) {
                    cases.add(new ScamCase(t.text(), t.scam()));
                }
                ScamEvaluation e = new ScamEvaluator(shield, Math.max(3, 3000 / Math.max(1, cases.size()))).run(cases);
                all.addAll(cases);
                System.out.printf(
                        Locale.ROOT,
                        "%-18s cases=%d precision=%.3f recall=%.3f f1=%.3f fpr=%.4f suspicious=%d (ham %d) p50=%.4fms"
                                + " p99=%.4fms%n  signals=%s%n",
                        file.getFileName(),
                        e.cases(),
                        e.precision(),
                        e.recall(),
                        e.f1(),
                        e.falsePositiveRate(),
                        e.suspicious(),
                        e.suspiciousHam(),
                        e.msPerMessageP50(),
                        e.msPerMessageP99(),
                        e.signalCounts());
                ScamEvaluation first = new ScamEvaluator(shield, 0, DevSetEvaluation::firstMessage).run(cases);
                System.out.printf(
                        Locale.ROOT,
                        "  as first messages: precision=%.3f recall=%.3f fpr=%.4f%n",
                        first.precision(),
                        first.recall(),
                        first.falsePositiveRate());
                if (errors) {
                    printErrors(shield, cases);
                }
            }
        }
        ScamEvaluation pooled = new ScamEvaluator(shield, 2).run(all);
        System.out.printf(
                Locale.ROOT,
                "all dev files pooled: cases=%d p50=%.4fms p99=%.4fms%n",
                pooled.cases(),
                pooled.msPerMessageP50(),
                pooled.msPerMessageP99());
        links(shield, root.resolve("links"));
        System.out.println("-- heuristics only (no bundled list):");
        links(ShieldFactory.createDefault(ShieldOptions.defaults().withBundledLists(false)), root.resolve("links"));
    }

    private static ScamInput firstMessage(String text) {
        return new ScamInput(
                text,
                UserRef.member(Platform.TELEGRAM, "new-member"),
                Set.of(),
                0,
                false,
                ScamInput.countMentions(text));
    }

    private static void printErrors(ScamShield shield, List<ScamCase> cases) {
        for (ScamCase c : cases) {
            ScamVerdict v = shield.check(ScamInput.text(c.text()));
            boolean positive = v.verdict() == Verdict.SCAM;
            if (positive != c.scam() || (!c.scam() && v.score() >= 0.6)) {
                String text = c.text().replace('\n', ' ');
                System.out.printf(
                        Locale.ROOT,
                        "  %s %.2f %s | %s%n",
                        c.scam() ? "FN" : "FP",
                        v.score(),
                        text.substring(0, Math.min(160, text.length())),
                        v.reasons());
            }
        }
    }

    private static void links(ScamShield shield, Path dir) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        LinkEvaluator evaluator = new LinkEvaluator(shield);
        JsonNode metamask = json.readTree(Files.readString(dir.resolve("eth-phishing-detect-config.json")));
        List<String> whitelist = strings(metamask.path("whitelist"));
        report("metamask whitelist", evaluator.run(whitelist));
        for (String domain : whitelist) {
            ScamVerdict v = shield.check(ScamInput.text("https://" + domain + "/"));
            if (v.verdict() != Verdict.CLEAN) {
                System.out.println("  whitelisted but flagged: " + domain + " " + v.reasons());
            }
        }
        report("metamask blacklist", evaluator.run(strings(metamask.path("blacklist"))));
        JsonNode polkadot = json.readTree(Files.readString(dir.resolve("polkadot-phishing-all.json")));
        report("polkadot deny", evaluator.run(strings(polkadot.path("deny"))));
        JsonNode discord = json.readTree(Files.readString(dir.resolve("discord-phishing-domains.json")));
        report("discord domains", evaluator.run(strings(discord.path("domains"))));
    }

    private static void report(String name, LinkEvaluation e) {
        System.out.printf(
                Locale.ROOT,
                "%-20s domains=%d flagged=%d flagged_rate=%.3f scam=%d%n",
                name,
                e.domains(),
                e.flagged(),
                e.flaggedRate(),
                e.scam());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
