package dev.watchkeeper.knowledge;

import dev.watchkeeper.core.faq.FaqCase;
import dev.watchkeeper.knowledge.search.ConfidenceModel;
import dev.watchkeeper.knowledge.search.ConfidenceModels;
import dev.watchkeeper.knowledge.search.MatchFeatures;
import dev.watchkeeper.knowledge.search.RankedEntry;
import dev.watchkeeper.knowledge.semantic.PhrasingEmbedder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the confidence models of the bundled knowledge base's languages other than English (test
 * scope, not a test; see CALIBRATION.md). For every language, each question of the tuning sets
 * ({@link #TUNING_SETS}: two sets of member questions and one of off-topic chatter) is searched in
 * that language alone; "the best entry is the right one" is fitted by one logistic regression whose
 * slopes all languages share (started from, and drawn towards, the general English model's) with a
 * bias per language. Held-out sets are never read. Run from the knowledge module's folder; {@code
 * write} replaces the models in {@code src/main/resources/kb/confidence.properties}, the bundled
 * knowledge base's own; other knowledge bases keep the general model.
 */
public final class MultilingualCalibration {
    private static final List<String> LANGUAGES = List.of("en", "ru", "zh", "es", "pt", "tr");
    private static final double SLOPE_RIDGE = 1.0;
    private static final double BIAS_RIDGE = 3.0;
    private static final List<String> TUNING_SETS =
            List.of("eval/faq/bundled/%s.csv", "eval/faq/bundled/tuning-b/%s.csv", "eval/faq/bundled/chatter/%s.csv");

    record Row(int language, double[] x, int right, boolean inScope) {}

    public static void main(String[] args) throws IOException {
        Path repo = Path.of(System.getProperty("repo", ".."));
        Path bundled = Path.of("src/main/resources" + ConfidenceModels.BUNDLED_KB_RESOURCE);
        ConfidenceModel english = ConfidenceModels.bundled().forKey("en");
        if (Files.exists(Path.of("src/main/resources" + ConfidenceModels.RESOURCE))) {
            english = readEnglish(Path.of("src/main/resources" + ConfidenceModels.RESOURCE));
        }
        List<Row> rows = new ArrayList<>();
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.fromFolder(
                Path.of("src/main/resources/kb"), KnowledgeOptions.defaults().withHotReload(false))) {
            for (int l = 0; l < LANGUAGES.size(); l++) {
                String lang = LANGUAGES.get(l);
                List<FaqCase> cases = new ArrayList<>();
                for (String set : TUNING_SETS) {
                    cases.addAll(FaqCsv.read(repo.resolve(set.formatted(lang))));
                }
                for (FaqCase c : cases) {
                    List<RankedEntry> ranked = kb.rankIn(c.text(), lang, 1);
                    double[] x = ranked.isEmpty()
                            ? new double[6]
                            : vector(ranked.getFirst().features());
                    boolean right = !ranked.isEmpty()
                            && c.inScope()
                            && ranked.getFirst().entry().id().equals(c.expectedId());
                    rows.add(new Row(l, x, right ? 1 : 0, c.inScope()));
                }
            }
        }
        double[] base = weights(english);
        double[] theta = fit(rows, base);
        List<String> bundledLines = new ArrayList<>();
        for (int l = 0; l < LANGUAGES.size(); l++) {
            double[] w = model(base, theta, l);
            String lang = LANGUAGES.get(l);
            System.out.printf(Locale.ROOT, "%s tuning sets: %s%n", lang, figures(rows, l, w));
            bundledLines.add(line(lang, w));
        }
        bundledLines.add(hybridEnglish(repo));
        bundledLines.forEach(System.out::println);
        if (args.length > 0 && args[0].equals("write")) {
            replaceModels(bundled, bundledLines);
        }
    }

    /**
     * English's model for hybrid search: the multilingual model cannot be shared, since only
     * English is searched by meaning, so it is fitted on English's tuning sets alone, over the
     * same features as the general hybrid model (best-phrasing coverage and raw score left out).
     */
    private static String hybridEnglish(Path repo) throws IOException {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (LuceneKnowledgeBase kb = LuceneKnowledgeBase.fromFolder(
                Path.of("src/main/resources/kb"),
                KnowledgeOptions.defaults()
                        .withHotReload(false)
                        .withEmbedder(PhrasingEmbedder.miniLm(Path.of("target/embedding-cache"))))) {
            for (String set : TUNING_SETS) {
                for (FaqCase c : FaqCsv.read(repo.resolve(set.formatted("en")))) {
                    List<RankedEntry> ranked = kb.rankIn(c.text(), "en", 1);
                    MatchFeatures f =
                            ranked.isEmpty() ? null : ranked.getFirst().features();
                    double[] x = f == null
                            ? new double[8]
                            : new double[] {
                                0, f.entryCoverage(), 0, f.margin(), f.share(), f.unknown(), f.dense(), f.denseMargin()
                            };
                    boolean right = f != null
                            && c.inScope()
                            && ranked.getFirst().entry().id().equals(c.expectedId());
                    xs.add(x);
                    ys.add(right ? 1 : 0);
                    rows.add(new Row(0, x, right ? 1 : 0, c.inScope()));
                }
            }
        }
        double[] w = LogisticFit.fit(xs, ys, SLOPE_RIDGE);
        System.out.printf(Locale.ROOT, "en.hybrid tuning sets: %s%n", figures(rows, 0, w));
        return line("en.hybrid", w);
    }

    private static String line(String lang, double[] w) {
        StringBuilder line = new StringBuilder(lang + " =");
        for (double v : w) {
            line.append(String.format(Locale.ROOT, " %.3f", v));
        }
        return line.toString();
    }

    /** Keeps the file's comments and the models of keys not in {@code lines}; writes these. */
    private static void replaceModels(Path file, List<String> lines) throws IOException {
        List<String> keys = lines.stream().map(l -> l.split("=", 2)[0].strip()).toList();
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank() || !keys.contains(line.split("=", 2)[0].strip())) {
                kept.add(line);
            }
        }
        kept.addAll(lines);
        Files.write(file, kept, StandardCharsets.UTF_8);
        System.out.println("written " + file);
    }

    /** English's general model as the file has it now (the classpath copy may be stale). */
    private static ConfidenceModel readEnglish(Path file) {
        return ConfidenceModels.of(ConfidenceModels.bundled().forKey("en"))
                .overriddenBy(file)
                .forKey("en");
    }

    private static double[] vector(MatchFeatures f) {
        return new double[] {f.coverage(), f.entryCoverage(), f.score(), f.margin(), f.share(), f.unknown()};
    }

    private static double[] weights(ConfidenceModel m) {
        return new double[] {m.bias(), m.coverage(), m.entryCoverage(), m.score(), m.margin(), m.share(), m.unknown()};
    }

    /** A language's weights: the shared slopes, the shared bias plus the language's own. */
    private static double[] model(double[] base, double[] theta, int language) {
        double[] w = new double[7];
        for (int i = 0; i < 7; i++) {
            w[i] = base[i] + theta[i];
        }
        w[0] += theta[7 + language];
        return w;
    }

    private static double[] design(Row row) {
        double[] z = new double[7 + LANGUAGES.size()];
        z[0] = 1;
        System.arraycopy(row.x(), 0, z, 1, 6);
        z[7 + row.language()] = 1;
        return z;
    }

    /** Newton's method on the penalised log-likelihood; the base model's score is an offset. */
    static double[] fit(List<Row> rows, double[] base) {
        int d = 7 + LANGUAGES.size();
        double[] theta = new double[d];
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (Row row : rows) {
                double[] z = design(row);
                double offset = base[0];
                for (int i = 0; i < 6; i++) {
                    offset += base[i + 1] * row.x()[i];
                }
                double p = LogisticFit.sigmoid(offset + LogisticFit.dot(theta, z));
                for (int i = 0; i < d; i++) {
                    gradient[i] += (p - row.right()) * z[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += p * (1 - p) * z[i] * z[j];
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                double ridge = i < 7 ? SLOPE_RIDGE : BIAS_RIDGE;
                gradient[i] += ridge * theta[i];
                hessian[i][i] += ridge;
            }
            double[] step = LogisticFit.solve(hessian, gradient);
            double size = 0;
            for (int i = 0; i < d; i++) {
                theta[i] -= step[i];
                size += Math.abs(step[i]);
            }
            if (size < 1e-10) {
                break;
            }
        }
        return theta;
    }

    private static String figures(List<Row> rows, int language, double[] w) {
        int inScope = 0;
        int answeredRight = 0;
        int offTopic = 0;
        int declined = 0;
        for (Row row : rows) {
            if (row.language() != language) {
                continue;
            }
            double p = LogisticFit.sigmoid(LogisticFit.dot(w, LogisticFit.withBias(row.x())));
            if (row.inScope()) {
                inScope++;
                answeredRight += row.right() == 1 && p >= 0.5 ? 1 : 0;
            } else {
                offTopic++;
                declined += p < 0.5 ? 1 : 0;
            }
        }
        return String.format(
                Locale.ROOT,
                "in-scope %.3f (%d), off-topic %.3f (%d)",
                (double) answeredRight / inScope,
                inScope,
                (double) declined / offTopic,
                offTopic);
    }
}
