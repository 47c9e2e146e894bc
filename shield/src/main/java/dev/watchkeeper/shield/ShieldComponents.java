package dev.watchkeeper.shield;

import dev.watchkeeper.core.shield.ConfirmedScams;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.shield.model.LinearScamClassifier;

/**
 * A built shield and the parts that need looking after: the text model (to add moderators'
 * verdicts and retrain), the domain lists (refreshing in the background until closed) and the
 * confirmed scams.
 */
public record ShieldComponents(
        ScamShield shield, LinearScamClassifier classifier, RefreshingDomainLists lists, ConfirmedScams confirmed)
        implements AutoCloseable {
    /** Stops the background refresh. */
    @Override
    public void close() {
        lists.close();
    }
}
