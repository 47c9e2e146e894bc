package dev.watchkeeper.shield;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.watchkeeper.core.shield.link.DomainShape;
import dev.watchkeeper.core.shield.link.DomainShapeModel;
import dev.watchkeeper.core.shield.link.DomainShapeScorer;
import dev.watchkeeper.core.shield.link.Link;
import dev.watchkeeper.core.shield.link.LinkExtractor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits the domain shape model: an L2-regularised logistic regression (LIBLINEAR) on the shape
 * features of scam and legitimate domains, with the two classes weighed equally (so the
 * probability is the one for even odds), and a threshold that keeps the share of legitimate
 * domains flagged at or under a target. Official domains of protected names are never flagged
 * and are left out of the fit. Deterministic for the same input; runs on the calling thread.
 */
public final class DomainShapeFitting {
    /**
     * One domain to fit on or measure.
     *
     * @param domain the domain as listed
     * @param source the list it came from
     * @param scam true for a drainer or phishing domain
     * @param shape its features
     */
    public record Sample(String domain, String source, boolean scam, DomainShape shape) {}

    /**
     * How many of a source's domains were flagged.
     *
     * @param source the list
     * @param domains how many were measured
     * @param flagged how many reached the threshold
     */
    public record Share(String source, int domains, int flagged) {
        public double rate() {
            return domains == 0 ? 0 : (double) flagged / domains;
        }
    }

    private static final double MIN_THRESHOLD = 0.5;

    /**
     * A letter sequence ({@code gram:} features) gets a weight only when at least this many
     * training domains have it: rarer ones name single campaigns, not what drainer domains share,
     * and would make the model file large.
     */
    static final int MIN_GRAM_DOMAINS = 10;

    private final LinkExtractor extractor = new LinkExtractor(new PublicSuffixDomains());
    private final DomainShapeScorer shapes;
    private final double targetLegitShare;
    private final double cost;

    /**
     * @param targetLegitShare the largest share of legitimate training domains the threshold may
     *     flag, e.g. 0.004
     * @param cost LIBLINEAR's C: the smaller, the more the weights are held towards 0
     */
    public DomainShapeFitting(double targetLegitShare, double cost) {
        this.targetLegitShare = targetLegitShare;
        this.cost = cost;
        this.shapes = DomainShapeScorer.create(
                new IcuConfusableSkeleton(),
                java.util.Set.of(),
                java.util.Set.of(),
                new DomainShapeModel(Map.of(), 0, MIN_THRESHOLD));
    }

    /** The samples of a list; domains that are no valid host under a public suffix are left out. */
    public List<Sample> samples(String source, List<String> domains, boolean scam) {
        List<Sample> out = new ArrayList<>();
        for (String domain : domains) {
            List<Link> links = extractor.extract("https://" + domain + "/");
            if (links.size() == 1) {
                out.add(new Sample(domain, source, scam, shapes.shape(links.getFirst())));
            }
        }
        return out;
    }

    /** Fits a model on the samples; its threshold is chosen on its own scores of them. */
    public DomainShapeModel fit(List<Sample> samples) {
        List<Sample> training =
                samples.stream().filter(s -> !s.shape().official()).toList();
        Map<String, Integer> domainsWith = new java.util.HashMap<>();
        for (Sample s : training) {
            for (DomainShape.Feature f : s.shape().features()) {
                domainsWith.merge(f.name(), 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>(new TreeSet<>(domainsWith.keySet().stream()
                .filter(name -> !name.startsWith("gram:") || domainsWith.get(name) >= MIN_GRAM_DOMAINS)
                .toList()));
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i + 1);
        }
        Problem problem = new Problem();
        problem.l = training.size();
        problem.n = names.size() + 1;
        problem.bias = 1;
        problem.x = new Feature[training.size()][];
        problem.y = new double[training.size()];
        long scams = training.stream().filter(Sample::scam).count();
        for (int i = 0; i < training.size(); i++) {
            problem.x[i] = row(training.get(i).shape(), index, names.size() + 1);
            problem.y[i] = training.get(i).scam() ? 1 : -1;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, cost, 1e-4);
        // weigh the classes equally whatever their counts
        parameter.setWeights(
                new double[] {training.size() / (2.0 * scams), training.size() / (2.0 * (training.size() - scams))},
                new int[] {1, -1});
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, parameter);
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] w = model.getFeatureWeights();
        Map<String, Double> weights = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (w[i] != 0) {
                weights.put(names.get(i), sign * w[i]);
            }
        }
        DomainShapeModel unthresholded = new DomainShapeModel(weights, sign * w[names.size()], MIN_THRESHOLD);
        return new DomainShapeModel(weights, unthresholded.intercept(), threshold(unthresholded, samples));
    }

    /**
     * The lowest threshold (not under 0.5) that flags at most the target share of the
     * legitimate samples, scored by the model itself.
     */
    private double threshold(DomainShapeModel model, List<Sample> samples) {
        return threshold(samples.stream()
                .filter(s -> !s.scam())
                .mapToDouble(s -> model.probability(s.shape()))
                .sorted()
                .toArray());
    }

    /** The threshold for legitimate scores sorted in ascending order. */
    private double threshold(double[] legit) {
        int allowed = (int) Math.floor(legit.length * targetLegitShare);
        double t = MIN_THRESHOLD;
        if (legit.length > allowed) {
            // flag strictly above the (allowed+1)-th highest legitimate score
            double cut = legit[legit.length - 1 - allowed];
            t = Math.max(t, Math.nextUp(cut));
        }
        return Math.min(t, 0.999999);
    }

    private static Feature[] row(DomainShape shape, Map<String, Integer> index, int biasIndex) {
        TreeMap<Integer, Double> values = new TreeMap<>();
        for (DomainShape.Feature f : shape.features()) {
            Integer i = index.get(f.name());
            if (i != null) {
                values.merge(i, f.value(), Math::max);
            }
        }
        List<Feature> row = new ArrayList<>();
        values.forEach((i, v) -> row.add(new FeatureNode(i, v)));
        row.add(new FeatureNode(biasIndex, 1));
        return row.toArray(new Feature[0]);
    }

    /** How many of each source's samples the model flags, in the order the sources first appear. */
    public static List<Share> shares(DomainShapeModel model, List<Sample> samples) {
        Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        for (Sample s : samples) {
            int[] c = counts.computeIfAbsent(s.source(), k -> new int[2]);
            c[0]++;
            c[1] += model.probability(s.shape()) >= model.threshold() ? 1 : 0;
        }
        List<Share> out = new ArrayList<>();
        counts.forEach((source, c) -> out.add(new Share(source, c[0], c[1])));
        return out;
    }

    /**
     * Cross-validated scores and the threshold chosen on them.
     *
     * @param probabilities each sample's probability from the model fitted on the other folds
     * @param threshold the lowest threshold (not under 0.5) that flags at most the target share
     *     of the legitimate samples' cross-validated scores
     */
    public record CrossValidation(double[] probabilities, double threshold) {}

    /**
     * K-fold cross-validation: each sample is scored by a model fitted on the other folds, and
     * the threshold is chosen on these scores, which the model never saw, rather than on scores
     * of the data it was fitted on. Folds are drawn with the given seed.
     */
    public CrossValidation crossValidate(List<Sample> samples, int folds, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[samples.size()];
        for (int i = 0; i < order.size(); i++) {
            fold[order.get(i)] = i % folds;
        }
        double[] p = new double[samples.size()];
        for (int k = 0; k < folds; k++) {
            List<Sample> train = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                if (fold[i] != k) {
                    train.add(samples.get(i));
                }
            }
            DomainShapeModel model = fit(train);
            for (int i = 0; i < samples.size(); i++) {
                if (fold[i] == k) {
                    p[i] = model.probability(samples.get(i).shape());
                }
            }
        }
        List<Double> legit = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            if (!samples.get(i).scam()) {
                legit.add(p[i]);
            }
        }
        return new CrossValidation(
                p, threshold(legit.stream().mapToDouble(d -> d).sorted().toArray()));
    }

    /** How many of each source's samples reach the threshold, given their scores. */
    public static List<Share> shares(List<Sample> samples, double[] probabilities, double threshold) {
        Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < samples.size(); i++) {
            int[] c = counts.computeIfAbsent(samples.get(i).source(), k -> new int[2]);
            c[0]++;
            c[1] += probabilities[i] >= threshold ? 1 : 0;
        }
        List<Share> out = new ArrayList<>();
        counts.forEach((source, c) -> out.add(new Share(source, c[0], c[1])));
        return out;
    }

    /** The shares as a table: source, domains, flagged, flagged share. */
    public static String table(List<Share> shares) {
        StringBuilder out = new StringBuilder();
        for (Share s : shares) {
            out.append(String.format(
                    java.util.Locale.ROOT, "%-60s %6d %6d %.4f%n", s.source(), s.domains(), s.flagged(), s.rate()));
        }
        return out.toString();
    }
}
