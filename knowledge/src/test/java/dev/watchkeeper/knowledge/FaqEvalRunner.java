package dev.watchkeeper.knowledge;

import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.FaqCase;
import dev.watchkeeper.core.faq.FaqEvaluation;
import dev.watchkeeper.core.faq.FaqEvaluator;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import dev.watchkeeper.knowledge.analysis.EnglishStemmer;
import dev.watchkeeper.knowledge.search.ConfidenceModel;
import dev.watchkeeper.knowledge.search.ConfidenceModels;
import dev.watchkeeper.knowledge.search.MatchFeatures;
import dev.watchkeeper.knowledge.search.RankedEntry;
import dev.watchkeeper.knowledge.search.RankingWeights;
import dev.watchkeeper.knowledge.semantic.PhrasingEmbedder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Evaluation and calibration runner over the dev sets in {@code /work/shared/eval/faq} (test scope,
 * not a test). Modes: {@code report} (FaqEvaluator at the thresholds given), {@code fit} (fits the
 * confidence model on all dev cases and prints the coefficients and a threshold sweep), {@code grid}
 * (top-1 for ranking settings given as {@code -Dgrid=k,decay,hits,entry,pair,answer;...}).
 */
public final class FaqEvalRunner {
    private static final List<String> SETS = List.of("banking77", "clinc150", "banking77-oos");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(System.getProperty("eval.dir", "/work/shared/eval/faq"));
        String mode = args.length > 0 ? args[0] : "report";
        EnglishStemmer stemmer = EnglishStemmer.valueOf(System.getProperty("stemmer", "PORTER"));
        Map<String, List<FaqCase>> cases = new LinkedHashMap<>();
        for (String set : SETS) {
            cases.put(set, FaqCsv.read(root.resolve(set).resolve("dev-cases.csv")));
        }
        switch (mode) {
            case "grid" -> {
                for (String spec :
                        System.getProperty("grid", "40,0.5,4,0.3,0.5,0.2").split(";")) {
                    RankingWeights weights = weights(spec);
                    StringBuilder line = new StringBuilder(stemmer + " " + spec + " ->");
                    for (String set : SETS) {
                        try (LuceneKnowledgeBase kb = open(root, set, stemmer, weights, givenModel())) {
                            int right = 0;
                            int inScope = 0;
                            for (FaqCase c : cases.get(set)) {
                                if (c.inScope()) {
                                    inScope++;
                                    List<RankedEntry> r = kb.rank(c.text(), null, 1);
                                    if (!r.isEmpty()
                                            && r.getFirst().entry().id().equals(c.expectedId())) {
                                        right++;
                                    }
                                }
                            }
                            line.append(String.format(Locale.ROOT, " %s=%.4f", set, (double) right / inScope));
                        }
                    }
                    System.out.println(line);
                }
            }
            case "fit" -> fit(root, cases, stemmer);
            default -> report(root, cases, stemmer);
        }
    }

    private static void report(Path root, Map<String, List<FaqCase>> cases, EnglishStemmer stemmer) {
        double answer = Double.parseDouble(System.getProperty("answer", "0.5"));
        double suggest = Double.parseDouble(System.getProperty("suggest", "0.2"));
        AnswerPolicy policy = new AnswerPolicy(new AnswerThresholds(answer, suggest, Math.max(answer, 0.8)));
        for (String set : SETS) {
            try (LuceneKnowledgeBase kb = open(root, set, stemmer, RankingWeights.defaults(), givenModel())) {
                FaqEvaluator evaluator = new FaqEvaluator(kb, policy, SmallTalk.bundled());
                evaluator.run(cases.get(set)); // warm-up
                FaqEvaluation e = evaluator.run(cases.get(set));
                System.out.printf(
                        Locale.ROOT,
                        "%-14s answer=%.2f cases=%d top1=%.4f top3=%.4f in_scope_acc=%.4f oos_recall=%.4f"
                                + " wrong=%.4f p50=%.3fms p99=%.3fms%n",
                        set,
                        answer,
                        e.cases(),
                        e.top1Accuracy(),
                        e.top3Recall(),
                        e.inScopeAccuracy(),
                        e.oosRecall(),
                        e.wrongAnswerRate(),
                        e.msPerQueryP50(),
                        e.msPerQueryP99());
            }
        }
    }

    private static void fit(Path root, Map<String, List<FaqCase>> cases, EnglishStemmer stemmer) throws IOException {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        Map<String, List<double[]>> perSet = new LinkedHashMap<>();
        for (String set : SETS) {
            List<FaqCase> all = new ArrayList<>(cases.get(set));
            if (set.equals("clinc150")) {
                all.addAll(FaqCsv.read(root.resolve(set).resolve("oos-train.csv")));
            }
            List<double[]> rows = new ArrayList<>();
            try (LuceneKnowledgeBase kb = open(root, set, stemmer, RankingWeights.defaults(), givenModel())) {
                for (FaqCase c : all) {
                    List<RankedEntry> r = kb.rank(c.text(), null, 1);
                    double[] x =
                            r.isEmpty() ? new double[8] : vector(r.getFirst().features());
                    int right = !r.isEmpty()
                                    && c.inScope()
                                    && r.getFirst().entry().id().equals(c.expectedId())
                            ? 1
                            : 0;
                    xs.add(x);
                    ys.add(right);
                    // row: features..., right, inScope
                    double[] row = new double[x.length + 2];
                    System.arraycopy(x, 0, row, 0, x.length);
                    row[x.length] = right;
                    row[x.length + 1] = c.inScope() ? 1 : 0;
                    rows.add(row);
                }
            }
            perSet.put(set, rows);
        }
        double[] w = LogisticFit.fit(xs, ys, Double.parseDouble(System.getProperty("ridge", "0.01")));
        StringBuilder coefficients = new StringBuilder();
        for (double c : w) {
            coefficients.append(String.format(Locale.ROOT, " %.3f", c));
        }
        System.out.println("model =" + coefficients);
        for (double t = 0.2; t < 0.96; t += 0.05) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "t=%.2f", t));
            for (var e : perSet.entrySet()) {
                int inScope = 0;
                int answeredRight = 0;
                int oos = 0;
                int rejected = 0;
                for (double[] row : e.getValue()) {
                    double p = LogisticFit.sigmoid(
                            LogisticFit.dot(w, LogisticFit.withBias(java.util.Arrays.copyOf(row, 8))));
                    if (row[9] == 1) {
                        inScope++;
                        if (row[8] == 1 && p >= t) {
                            answeredRight++;
                        }
                    } else {
                        oos++;
                        if (p < t) {
                            rejected++;
                        }
                    }
                }
                line.append(String.format(
                        Locale.ROOT,
                        "  %s in=%.4f oos=%.4f",
                        e.getKey(),
                        (double) answeredRight / inScope,
                        oos == 0 ? Double.NaN : (double) rejected / oos));
            }
            System.out.println(line);
        }
    }

    private static double[] vector(MatchFeatures f) {
        double[] x = {
            f.coverage(), f.entryCoverage(), f.score(), f.margin(), f.share(), f.unknown(), f.dense(), f.denseMargin()
        };
        String[] mask = System.getProperty("mask", "1,1,1,1,1,1,1,1").split(",");
        for (int i = 0; i < x.length; i++) {
            x[i] *= Double.parseDouble(mask[i]);
        }
        return x;
    }

    private static RankingWeights weights(String spec) {
        String[] p = spec.split(",");
        return new RankingWeights(
                Integer.parseInt(p[0]),
                Double.parseDouble(p[1]),
                Integer.parseInt(p[2]),
                Double.parseDouble(p[3]),
                Double.parseDouble(p[4]),
                Double.parseDouble(p[5]),
                p.length > 6 ? Double.parseDouble(p[6]) : 1.2,
                p.length > 7 ? Double.parseDouble(p[7]) : 0.75);
    }

    static LuceneKnowledgeBase open(
            Path root, String set, EnglishStemmer stemmer, RankingWeights weights, ConfidenceModel model) {
        boolean hybrid = HYBRID;
        ConfidenceModels models = ConfidenceModels.of(model);
        if (hybrid && System.getProperty("model") == null) {
            // the bundled hybrid model, unless a fit's coefficients are given to try
            models = ConfidenceModels.of(ConfidenceModels.bundled().forHybrid("en"));
        }
        return LuceneKnowledgeBase.fromFolder(
                root.resolve(set).resolve("kb"),
                new KnowledgeOptions(null, false, Duration.ZERO).withEmbedder(hybrid ? embedder() : null),
                new LuceneKnowledgeBase.Tuning(
                        stemmer,
                        weights.withDenseWeight(Double.parseDouble(
                                System.getProperty("denseWeight", String.valueOf(weights.denseWeight())))),
                        models));
    }

    /** -Dretrieval=hybrid searches by meaning too, with vectors cached in -Dembedding.cache. */
    private static final boolean HYBRID = "hybrid".equals(System.getProperty("retrieval", "lexical"));

    private static @Nullable PhrasingEmbedder embedder;

    private static synchronized PhrasingEmbedder embedder() {
        if (embedder == null) {
            embedder =
                    PhrasingEmbedder.miniLm(Path.of(System.getProperty("embedding.cache", "target/embedding-cache")));
        }
        return embedder;
    }

    private static ConfidenceModel givenModel() {
        String given = System.getProperty("model");
        if (given == null) {
            return ConfidenceModel.calibrated();
        }
        double[] w = new double[9];
        String[] parts = given.split(",");
        for (int i = 0; i < parts.length; i++) {
            w[i] = Double.parseDouble(parts[i]);
        }
        return new ConfidenceModel(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8]);
    }
}
