package dev.watchkeeper.core.shield;

import java.util.List;

/**
 * Measures how many domains of a list the shield flags, each posted alone as {@code
 * https://domain/} by an established member: near 1 for a phishing list, 0 for an allow list.
 * Runs on the calling thread.
 */
public final class LinkEvaluator {
    private final ScamShield shield;

    public LinkEvaluator(ScamShield shield) {
        this.shield = shield;
    }

    /** Checks every domain once; an empty list gives all-zero figures. */
    public LinkEvaluation run(List<String> domains) {
        int flagged = 0;
        int scam = 0;
        for (String domain : domains) {
            Verdict v = shield.check(ScamInput.text("https://" + domain + "/")).verdict();
            flagged += v == Verdict.CLEAN ? 0 : 1;
            scam += v == Verdict.SCAM ? 1 : 0;
        }
        return new LinkEvaluation(
                domains.size(), flagged, domains.isEmpty() ? 0.0 : (double) flagged / domains.size(), scam);
    }
}
