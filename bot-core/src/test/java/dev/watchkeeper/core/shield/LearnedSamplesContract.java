package dev.watchkeeper.core.shield;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The behaviour every {@link LearnedSamples} must have. */
public abstract class LearnedSamplesContract {
    /** No samples. */
    protected abstract LearnedSamples newSamples();

    /** A handle over the same samples after a restart; the same if it cannot restart. */
    protected LearnedSamples reopened(LearnedSamples current) {
        return current;
    }

    @Test
    void keepsSamplesInOrder() {
        LearnedSamples samples = newSamples();
        LearnedSample scam = new LearnedSample("Claim your free USDT airdrop now: connect wallet", true);
        LearnedSample ham = new LearnedSample("Withdrawals to TRON are slow today?", false);
        samples.add(scam);
        samples.add(ham);

        assertThat(reopened(samples).all()).containsExactly(scam, ham);
    }
}
