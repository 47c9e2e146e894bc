package dev.watchkeeper.core.moderation.wave;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds scam waves in the messages the shield flags in groups, on every platform and in every
 * community at once:
 *
 * <ul>
 *   <li>a burst of near-duplicates: at least {@link WaveSettings#minMessages()} flagged messages
 *       within the window whose texts are near duplicates (see {@link TextFingerprint}), from at
 *       least two authors or two chats;
 *   <li>a new domain across chats: a flagged link domain posted in at least two chats within the
 *       window that was not seen before the window (a domain that has kept coming up for longer is
 *       known to moderators already).
 * </ul>
 *
 * A wave is reported once, by the {@link #observe} call that completes it; one that goes on is not
 * reported again until it has been quiet for the window. A burst whose texts carry a domain already
 * reported (or the other way round) is the same wave and is not reported twice. While a wave is
 * recent, that is until {@link WaveSettings#strictFor()} after its latest message, {@link
 * #strict(Instant)} is true.
 *
 * <p>The state lives in memory, in this instance only (instances behind one bot each see their own
 * share of the messages), bounded: at most {@value DuplicateBursts#MOST_FAMILIES} families of texts
 * and {@value DomainSpread#MOST_DOMAINS} domains, each forgotten after a quiet window. It keeps no
 * message text beyond one redacted example per family or domain. Deterministic for a given
 * sequence of sightings: time is what the sightings say. Thread-safe (one lock, held for a pass
 * over the bounded state); never blocks otherwise.
 */
public final class ScamWaves {
    private final WaveSettings settings;
    private final DuplicateBursts bursts;
    private final DomainSpread spread = new DomainSpread();
    private Instant strictUntil = Instant.MIN;

    public ScamWaves(WaveSettings settings) {
        this.settings = settings;
        this.bursts = new DuplicateBursts(settings.similarity());
    }

    /** The settings this watches by. */
    public WaveSettings settings() {
        return settings;
    }

    /**
     * Takes one flagged message into account; the waves it completes, to alert moderators to (most
     * often none).
     */
    public synchronized List<Wave> observe(Sighting sighting) {
        if (!settings.enabled()) {
            return List.of();
        }
        Instant cutoff = sighting.at().minus(settings.window());
        bursts.forgetBefore(cutoff);
        spread.forgetBefore(cutoff);
        List<Found> found = new ArrayList<>();
        boolean inWave = false;
        for (String domain : new TreeSet<>(sighting.domains())) {
            Trail trail = spread.add(domain, sighting);
            boolean isNew = !trail.started().isBefore(cutoff);
            if (!trail.alerted() && isNew && trail.chats().size() >= 2) {
                trail.markAlerted();
                if (!bursts.alertedWith(domain)) {
                    found.add(new Found(WaveKind.NEW_DOMAIN, trail, domain));
                }
            }
            inWave |= trail.alerted();
        }
        Optional<DuplicateBursts.Family> family = bursts.add(sighting);
        if (family.isPresent()) {
            Trail trail = family.get().trail;
            if (!trail.alerted()
                    && trail.size() >= settings.minMessages()
                    && (trail.authors() >= 2 || trail.chats().size() >= 2)) {
                trail.markAlerted();
                if (family.get().domains.stream().noneMatch(spread::alerted)) {
                    found.add(new Found(WaveKind.NEAR_DUPLICATES, trail, null));
                }
            }
            inWave |= trail.alerted();
        }
        if (inWave && sighting.at().plus(settings.strictFor()).isAfter(strictUntil)) {
            strictUntil = sighting.at().plus(settings.strictFor());
        }
        return found.stream()
                .map(f -> new Wave(
                        f.kind(),
                        f.trail().size(),
                        f.trail().chats(),
                        f.domain(),
                        f.trail().example(),
                        sighting.at(),
                        strictUntil))
                .toList();
    }

    /** True while a wave is recent: new members' suspicious messages are then acted on as scams. */
    public synchronized boolean strict(Instant now) {
        return settings.enabled() && now.isBefore(strictUntil);
    }

    /** Until when the latest wave keeps new members under strict judgement (in the past when none). */
    public synchronized Instant strictUntil() {
        return strictUntil;
    }

    private record Found(WaveKind kind, Trail trail, @Nullable String domain) {}
}
