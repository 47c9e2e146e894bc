package dev.watchkeeper.core.scam;

class InMemoryLearnedSamplesTest extends LearnedSamplesContract {
    @Override
    protected LearnedSamples newSamples() {
        return new InMemoryLearnedSamples();
    }
}
