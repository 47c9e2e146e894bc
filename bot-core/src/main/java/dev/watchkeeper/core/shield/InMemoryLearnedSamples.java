package dev.watchkeeper.core.shield;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Learned samples in this process's memory, for the demo and tests. Thread-safe; never blocks. */
public final class InMemoryLearnedSamples implements LearnedSamples {
    private final List<LearnedSample> samples = new CopyOnWriteArrayList<>();

    @Override
    public void add(LearnedSample sample) {
        samples.add(sample);
    }

    @Override
    public List<LearnedSample> all() {
        return List.copyOf(samples);
    }
}
