package dev.watchkeeper.core.shield;

import java.util.HashMap;
import java.util.Map;

/**
 * A hand-set {@link EvidenceModel} for the core's tests, which run without the shield module's
 * trained one: every signal weighs the same, so a single strong piece of evidence (0.7) makes a
 * scam, a weaker one (0.45 to 0.7) a suspicious message (the rules already damp evidence in talk about
 * scams).
 */
public final class TestEvidenceModels {
    private TestEvidenceModels() {}

    /** The model: scam from 0.68 (precision 0.97), 0.55 for new members (0.93), suspicious 0.45 (0.9). */
    public static EvidenceModel uniform() {
        Map<String, Double> weights = new HashMap<>();
        for (String name : EvidenceModel.FEATURES) {
            weights.put(name, 6.0);
        }
        weights.put("TEXT", 0.0);
        weights.put("TEXT_IN_WARNING", 0.0);
        weights.put("WARNING", 0.0);
        weights.put("LINKS", 0.0);
        weights.put("MENTIONS", 0.0);
        weights.put("SIGNALS", 0.0);
        return new EvidenceModel(-3.0, weights, new double[] {0.45, 0.55, 0.68}, new double[] {0.9, 0.93, 0.97});
    }
}
