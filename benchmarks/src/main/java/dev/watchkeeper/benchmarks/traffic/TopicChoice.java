package dev.watchkeeper.benchmarks.traffic;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** Picks a support topic by how popular it is, among the topics there are questions for. */
final class TopicChoice {
    private final List<String> topics;
    private final double[] cumulative;

    TopicChoice(Set<String> topics, ToDoubleFunction<String> weight) {
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("no topics to choose from");
        }
        this.topics = topics.stream().sorted().toList();
        this.cumulative = new double[this.topics.size()];
        double total = 0;
        for (int i = 0; i < this.topics.size(); i++) {
            total += weight.applyAsDouble(this.topics.get(i));
            cumulative[i] = total;
        }
    }

    String pick(Random random) {
        return topics.get(Cumulative.draw(cumulative, random));
    }
}
