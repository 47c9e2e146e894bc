package dev.watchkeeper.core.shield;

class InMemoryLearnedSamplesTest extends LearnedSamplesContract {
    @Override
    protected LearnedSamples newSamples() {
        return new InMemoryLearnedSamples();
    }
}
