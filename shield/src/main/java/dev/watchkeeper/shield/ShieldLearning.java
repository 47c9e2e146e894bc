package dev.watchkeeper.shield;

import dev.watchkeeper.core.moderation.ScamLearning;
import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.DomainLists;
import dev.watchkeeper.core.shield.InMemoryLearnedSamples;
import dev.watchkeeper.core.shield.LearnedSample;
import dev.watchkeeper.core.shield.LearnedSamples;
import dev.watchkeeper.core.shield.link.SharedHosts;
import dev.watchkeeper.core.store.StoreUnavailableException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teaches the built shield from moderators' verdicts: samples for the classifier (retrained in the
 * background a moment after the last verdict, so a burst of verdicts trains once), near-duplicate
 * memory for confirmed scams, and the community deny list for the domains they linked to (never
 * for a domain an allow list or the official domains cover, nor for a shared host such as a link
 * shortener or {@code google.com}, see {@link SharedHosts}). Every sample is also kept in a {@link
 * LearnedSamples} store; when built, it replays the stored samples and retrains in the background,
 * so a restart keeps what moderators taught; {@link #sync()} takes in what other instances
 * learned into the same store since (samples and the community's domain lists). Thread-safe; never blocks the caller for the training. {@link #close()} stops the background
 * thread.
 */
public final class ShieldLearning implements ScamLearning, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ShieldLearning.class);

    private final ShieldComponents components;
    private final CommunityDomains community;
    private final LearnedSamples samples;
    private final Duration retrainDelay;
    private final ScheduledExecutorService trainer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "watchkeeper-shield-training");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<LearnedSample> known = new HashSet<>();
    private ScheduledFuture<?> pending;

    /** Learning kept in memory only. */
    public ShieldLearning(ShieldComponents components, CommunityDomains community, Duration retrainDelay) {
        this(components, community, retrainDelay, new InMemoryLearnedSamples());
    }

    /** Learning kept in the store, replaying its samples now and retraining on them in the background. */
    public ShieldLearning(
            ShieldComponents components, CommunityDomains community, Duration retrainDelay, LearnedSamples samples) {
        this.components = components;
        this.community = community;
        this.retrainDelay = retrainDelay;
        this.samples = samples;
        restore();
    }

    private synchronized void restore() {
        int replayed;
        try {
            replayed = takeIn(samples.all());
        } catch (StoreUnavailableException e) {
            log.warn("Learned samples not replayed: their store is away; they are taken in at the next sync");
            return;
        }
        if (replayed > 0) {
            log.info("Replaying {} learned samples; the classifier retrains in the background", replayed);
            pending = trainer.schedule(this::retrain, 0, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Takes in the samples and domain list changes other instances stored since the last time, and
     * retrains (in the background) if there were new samples. Blocks for the store; throws when it
     * fails, with nothing changed.
     */
    public synchronized void sync() {
        List<LearnedSample> stored = samples.all();
        community.reload();
        int added = takeIn(stored);
        if (added > 0) {
            log.info("{} samples learned on other instances; the classifier retrains in the background", added);
            scheduleRetrain();
        }
    }

    private int takeIn(List<LearnedSample> stored) {
        int added = 0;
        for (LearnedSample sample : stored) {
            if (!known.add(sample)) {
                continue;
            }
            if (sample.scam()) {
                components.shield().confirmScam(sample.text());
            } else {
                components.shield().dismiss(sample.text());
            }
            components.classifier().addSample(sample.text(), sample.scam());
            added++;
        }
        return added;
    }

    @Override
    public void learnScam(String redactedText, Set<String> domains) {
        components.shield().confirmScam(redactedText);
        for (String domain : domains) {
            if (SharedHosts.isShared(domain)) {
                // one scam on a shared host must not deny everyone else's pages there
                log.info("Not denying {}: a shared host (a moderator can still /deny it)", domain);
            } else if (components.lists().lookup(domain).status() != DomainLists.Status.ALLOWED
                    && !components.shield().settings().protectedDomains().contains(domain)) {
                community.deny(domain);
            }
        }
        sample(redactedText, true);
    }

    @Override
    public void learnHam(String redactedText) {
        components.shield().dismiss(redactedText);
        sample(redactedText, false);
    }

    private synchronized void sample(String text, boolean scam) {
        LearnedSample sample = new LearnedSample(text, scam);
        samples.add(sample);
        known.add(sample);
        components.classifier().addSample(text, scam);
        scheduleRetrain();
    }

    private void scheduleRetrain() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = trainer.schedule(this::retrain, retrainDelay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void retrain() {
        try {
            components.classifier().rebuild();
            log.info(
                    "Scam classifier retrained on {} samples",
                    components.classifier().sampleCount());
        } catch (RuntimeException e) {
            log.error("Retraining the scam classifier failed; the previous model stays in use", e);
        }
    }

    /** Trains now on everything learned so far (for tests and shutdown). */
    public void retrainNow() {
        retrain();
    }

    @Override
    public void close() {
        trainer.shutdownNow();
    }
}
