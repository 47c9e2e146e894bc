package dev.watchkeeper.benchmarks.traffic;

import dev.watchkeeper.benchmarks.traffic.CommunityEvent.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The messages of one spike: members hit by the incident, from every community by its share (so
 * in every language), each writing one of the topic's messages, where they would ask anything.
 */
final class SpikeTraffic {
    private static final double PRIVATELY = 0.40;
    private static final double MENTIONING = 0.75;
    private static final double WRITES_AGAIN = 0.35;

    private final Population population;
    private final Phrasing phrasing;

    SpikeTraffic(Population population, Phrasing phrasing) {
        this.population = population;
        this.phrasing = phrasing;
    }

    List<CommunityEvent> events(Spike spike, IncidentTopic topic, Random random) {
        if (spike.size() > population.size()) {
            throw new IllegalArgumentException("a spike of " + spike.size() + " members is larger than the "
                    + population.size() + " members of the community");
        }
        List<CommunityEvent> events = new ArrayList<>();
        Set<Member> hit = new HashSet<>();
        long rampMillis = spike.ramp().toMillis();
        while (hit.size() < spike.size()) {
            Member member = population.anyone(population.community(random), random);
            if (!hit.add(member)) {
                continue;
            }
            // the inverse of a linearly rising density: more members towards the end of the ramp
            Instant time = spike.start().plusMillis((long) (rampMillis * Math.sqrt(random.nextDouble())));
            Where where = Where.choose(member, PRIVATELY, MENTIONING, random);
            List<String> lines = topic.texts().get(member.language());
            String text = phrasing.asTyped(lines.get(random.nextInt(lines.size())), member.language(), random);
            events.add(member.writes(time, where, text, topic.id(), Kind.SPIKE));
            if (random.nextDouble() < WRITES_AGAIN) {
                Instant later = time.plusSeconds(120 + random.nextInt(10 * 60));
                String again = random.nextBoolean()
                        ? phrasing.again(text, member.language(), random)
                        : phrasing.asTyped(lines.get(random.nextInt(lines.size())), member.language(), random);
                events.add(member.writes(later, where, again, topic.id(), Kind.SPIKE));
            }
        }
        return events;
    }
}
