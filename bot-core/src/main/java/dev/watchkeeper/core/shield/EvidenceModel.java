package dev.watchkeeper.core.shield;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The learned combination of all evidence: a logistic regression over {@link #FEATURES} (each
 * signal's strongest evidence, the text model's logit, whether the message talks about scams,
 * its links and mentions), fitted on labelled messages, with the precision it measured on them at
 * each score so that thresholds follow from a target precision. Immutable and thread-safe.
 *
 * @param intercept the model's intercept
 * @param weights one weight per name in {@link #FEATURES} (missing names weigh 0)
 * @param thresholds scores, ascending, at which {@code precisions} were measured
 * @param precisions the precision, measured out of fold on the fitting data, of flagging every
 *     message scoring at least the threshold at the same index
 */
public record EvidenceModel(double intercept, Map<String, Double> weights, double[] thresholds, double[] precisions) {
    /** The text model's logit is clipped to this range, so that one model cannot outvote all. */
    static final double MAX_LOGIT = 8;

    /** The features, in the order {@link #features} lays them out. */
    public static final List<String> FEATURES = featureNames();

    public EvidenceModel {
        weights = Map.copyOf(weights);
        requireNonNull(thresholds, "thresholds");
        if (thresholds.length != precisions.length || thresholds.length == 0) {
            throw new IllegalArgumentException("need as many precisions as thresholds, at least one");
        }
        thresholds = thresholds.clone();
        precisions = precisions.clone();
    }

    /**
     * A model that weighs nothing: every message scores 0.5. For shields that only {@linkplain
     * ScamShield#inspect inspect} messages, such as the one training reads evidence with.
     */
    public static EvidenceModel none() {
        return new EvidenceModel(0, Map.of(), new double[] {0.5}, new double[] {0.0});
    }

    private static List<String> featureNames() {
        List<String> names = new ArrayList<>();
        for (Signal s : Signal.values()) {
            if (s.isLearned()) {
                names.add(s.name());
            }
        }
        names.addAll(List.of("TEXT", "TEXT_IN_WARNING", "WARNING", "LINKS", "MENTIONS", "SIGNALS"));
        return List.copyOf(names);
    }

    /** The feature vector of an inspection, in the order of {@link #FEATURES}. */
    public static double[] features(Inspection inspection) {
        double[] x = new double[FEATURES.size()];
        int distinct = 0;
        for (Evidence e : inspection.evidence()) {
            int i = FEATURES.indexOf(e.signal().name());
            if (i >= 0) {
                distinct += x[i] == 0 ? 1 : 0;
                x[i] = Math.max(x[i], e.weight());
            }
        }
        double p = Math.min(1 - 1e-6, Math.max(1e-6, inspection.textProbability()));
        double logit = Math.max(-MAX_LOGIT, Math.min(MAX_LOGIT, Math.log(p / (1 - p))));
        int base = FEATURES.size() - 6;
        x[base] = logit;
        x[base + 1] = inspection.warningTalk() ? logit : 0;
        x[base + 2] = inspection.warningTalk() ? 1 : 0;
        x[base + 3] = Math.min(inspection.links(), 3) / 3.0;
        x[base + 4] = Math.min(inspection.mentions(), 5) / 5.0;
        x[base + 5] = Math.min(distinct, 4) / 4.0;
        return x;
    }

    /** The probability that a message with these features is a scam. */
    public double probability(double[] features) {
        double z = intercept;
        for (int i = 0; i < features.length; i++) {
            Double w = weights.get(FEATURES.get(i));
            if (w != null) {
                z += w * features[i];
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The probability that the inspected message is a scam. */
    public double probability(Inspection inspection) {
        return probability(features(inspection));
    }

    /**
     * The lowest score at which the measured precision reaches the target; the highest measured
     * score when none does.
     */
    public double threshold(double targetPrecision) {
        for (int i = 0; i < thresholds.length; i++) {
            if (precisions[i] >= targetPrecision) {
                return thresholds[i];
            }
        }
        return thresholds[thresholds.length - 1];
    }

    /** The weight of one feature, 0 when it has none. */
    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    /** Reads a model written by {@link #format()}; throws with the reason when it is malformed. */
    public static EvidenceModel parse(Reader reader) {
        Properties p = new Properties();
        try {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Map<String, Double> weights = new LinkedHashMap<>();
            for (String name : FEATURES) {
                String value = p.getProperty("weight." + name);
                if (value != null) {
                    weights.put(name, Double.parseDouble(value));
                }
            }
            double[] thresholds = numbers(p.getProperty("thresholds"));
            double[] precisions = numbers(p.getProperty("precisions"));
            return new EvidenceModel(
                    Double.parseDouble(requireNonNull(p.getProperty("intercept"), "intercept")),
                    weights,
                    thresholds,
                    precisions);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed evidence model: " + e.getMessage(), e);
        }
    }

    /** Reads a model from its text. */
    public static EvidenceModel parse(String text) {
        return parse(new StringReader(text));
    }

    private static double[] numbers(String list) {
        requireNonNull(list, "thresholds and precisions");
        return Arrays.stream(list.split(","))
                .mapToDouble(s -> Double.parseDouble(s.strip()))
                .toArray();
    }

    /** The model as properties text, for {@link #parse}. */
    public String format() {
        StringBuilder out = new StringBuilder("# learned combination of the shield's evidence\n");
        out.append("intercept=").append(number(intercept)).append('\n');
        for (String name : FEATURES) {
            if (weights.containsKey(name)) {
                out.append("weight.")
                        .append(name)
                        .append('=')
                        .append(number(weights.get(name)))
                        .append('\n');
            }
        }
        out.append("thresholds=").append(join(thresholds)).append('\n');
        out.append("precisions=").append(join(precisions)).append('\n');
        return out.toString();
    }

    private static String join(double[] values) {
        return String.join(
                ",", Arrays.stream(values).mapToObj(EvidenceModel::number).toList());
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceModel m
                && intercept == m.intercept
                && weights.equals(m.weights)
                && Arrays.equals(thresholds, m.thresholds)
                && Arrays.equals(precisions, m.precisions);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(intercept) * 31 + weights.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
