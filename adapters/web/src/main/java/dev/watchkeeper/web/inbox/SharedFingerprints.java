package dev.watchkeeper.web.inbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A live view's fingerprint read at most once per {@code window} for each argument, however many
 * pages watch it: the live poller asks for every open page each round, and agents watching the
 * same inbox filter share one read of the store. Thread-safe.
 */
public final class SharedFingerprints implements Function<String, String> {
    /** Arguments remembered at most; beyond, all are forgotten (they are read again next round). */
    static final int MAX_ARGUMENTS = 1_000;

    private record Read(String fingerprint, long at) {}

    private final Function<String, String> fingerprint;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Read> reads = new ConcurrentHashMap<>();

    /**
     * @param fingerprint reads the fingerprint of an argument
     * @param windowNanos how long a read is reused; shorter than the poller's round, so that each
     *     round reads afresh
     * @param nanoTime the monotonic clock ({@code System::nanoTime})
     */
    public SharedFingerprints(Function<String, String> fingerprint, long windowNanos, LongSupplier nanoTime) {
        this.fingerprint = fingerprint;
        this.windowNanos = windowNanos;
        this.nanoTime = nanoTime;
    }

    @Override
    public String apply(String argument) {
        long now = nanoTime.getAsLong();
        Read last = reads.get(argument);
        if (last != null && now - last.at() < windowNanos) {
            return last.fingerprint();
        }
        if (reads.size() >= MAX_ARGUMENTS) {
            reads.clear();
        }
        Read read = new Read(fingerprint.apply(argument), now);
        reads.put(argument, read);
        return read.fingerprint();
    }
}
