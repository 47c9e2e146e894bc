package dev.watchkeeper.benchmarks.traffic;

import dev.watchkeeper.benchmarks.traffic.CommunityEvent.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A day with no incident: minute by minute, each community gets chatter and support questions at
 * its rate (its share of the day, times the diurnal curve at its members' local time, times the
 * busy hour's factor); some askers ask again a few minutes later; chatter comes in bursts too;
 * one member spams one question.
 */
final class NormalDay {
    private static final int MINUTES = 24 * 60;
    private static final double OFF_TOPIC = 0.08;
    private static final double ASKS_AGAIN = 0.15;
    private static final double PRIVATELY = 0.45;
    private static final double MENTIONING = 0.60;

    private final DayPlan plan;
    private final TrafficShape shape;
    private final TrafficTexts texts;
    private final Population population;
    private final Phrasing phrasing;
    private final ChatterLines chatter;
    private final Map<String, TopicChoice> topics = new HashMap<>();

    NormalDay(DayPlan plan, TrafficShape shape, TrafficTexts texts, Population population) {
        this.plan = plan;
        this.shape = shape;
        this.texts = texts;
        this.population = population;
        this.phrasing = new Phrasing(shape.tails());
        Map<String, List<String>> chatterLines = new HashMap<>();
        for (String language : TrafficTexts.LANGUAGES) {
            topics.put(language, new TopicChoice(texts.questions(language).keySet(), shape::weightOf));
            chatterLines.put(language, texts.chatter(language));
        }
        this.chatter = new ChatterLines(chatterLines);
    }

    List<CommunityEvent> events(Random random) {
        List<CommunityEvent> events = new ArrayList<>();
        for (int minute = 0; minute < MINUTES; minute++) {
            double busy = isBusy(minute) ? plan.busyFactor() : 1;
            for (Community community : population.communities()) {
                double rate = community.share() * shape.curve().at(localMinute(community, minute)) * busy / MINUTES;
                for (int i = Poisson.draw(plan.chatter() * rate, random); i > 0; i--) {
                    Member member = population.speaker(community, random);
                    events.add(chatter(member, at(minute, random), Kind.CHATTER, random));
                }
                for (int i = Poisson.draw(plan.questions() * rate, random); i > 0; i--) {
                    ask(population.speaker(community, random), at(minute, random), events, random);
                }
            }
        }
        for (int i = 0; i < plan.bursts(); i++) {
            burst(population.community(random), events, random);
        }
        spam(events, random);
        return events;
    }

    private void ask(Member member, Instant time, List<CommunityEvent> events, Random random) {
        String language = member.language();
        Where where = Where.choose(member, PRIVATELY, MENTIONING, random);
        if (random.nextDouble() < OFF_TOPIC) {
            String text = pick(texts.offTopic(language), random);
            events.add(member.writes(
                    time, where, phrasing.asTyped(text, language, random), CommunityEvent.OFF_TOPIC, Kind.QUESTION));
            return;
        }
        String topic = topics.get(language).pick(random);
        List<String> phrasings = texts.questions(language).get(topic);
        String text = phrasing.asTyped(pick(phrasings, random), language, random);
        events.add(member.writes(time, where, text, topic, Kind.QUESTION));
        Instant later = time;
        while (random.nextDouble() < ASKS_AGAIN) {
            later = later.plusSeconds(60 + random.nextInt(7 * 60));
            String again = random.nextBoolean()
                    ? phrasing.again(text, language, random)
                    : phrasing.asTyped(pick(phrasings, random), language, random);
            events.add(member.writes(later, where, again, topic, Kind.REPEAT));
        }
    }

    /** A few minutes in one community where many members talk at once. */
    private void burst(Community community, List<CommunityEvent> events, Random random) {
        int minute = busyMinute(community, random);
        int length = 3 + random.nextInt(6);
        List<Member> talking = new ArrayList<>();
        for (int i = 8 + random.nextInt(13); i > 0; i--) {
            talking.add(population.speaker(community, random));
        }
        for (int i = 20 + random.nextInt(31); i > 0; i--) {
            Member member = talking.get(random.nextInt(talking.size()));
            Instant time = plan.start().plusSeconds(minute * 60L + random.nextInt(length * 60));
            events.add(chatter(member, time, Kind.BURST, random));
        }
    }

    /** One member posting one question again and again, every 20 to 60 seconds. */
    private void spam(List<CommunityEvent> events, Random random) {
        Community community = population.community(random);
        Member member = population.speaker(community, random);
        String topic = topics.get(member.language()).pick(random);
        String text = pick(texts.questions(member.language()).get(topic), random);
        Where where = new Where(community.chat(), random.nextBoolean());
        Instant time = plan.start().plusSeconds(busyMinute(community, random) * 60L);
        for (int i = 0; i < plan.spam(); i++) {
            events.add(member.writes(time, where, text, topic, Kind.SPAM));
            time = time.plusSeconds(20 + random.nextInt(41));
        }
    }

    private CommunityEvent chatter(Member member, Instant time, Kind kind, Random random) {
        String language = member.language();
        String text = phrasing.asChatted(chatter.next(language, random), language, random);
        return member.writes(time, new Where(member.community().chat(), false), text, CommunityEvent.CHATTER, kind);
    }

    /** A minute of the day drawn by the community's own curve: bursts follow the crowd. */
    private int busyMinute(Community community, Random random) {
        double peak = shape.curve().peak();
        while (true) {
            int minute = random.nextInt(MINUTES);
            if (random.nextDouble() * peak < shape.curve().at(localMinute(community, minute))) {
                return minute;
            }
        }
    }

    private boolean isBusy(int minute) {
        long from = plan.busyHour().toMinutes();
        return minute >= from && minute < from + 60;
    }

    private Instant at(int minute, Random random) {
        return plan.start().plusMillis(minute * 60_000L + random.nextInt(60_000));
    }

    private static int localMinute(Community community, int minute) {
        return minute + community.utcOffsetHours() * 60;
    }

    private static String pick(List<String> texts, Random random) {
        return texts.get(random.nextInt(texts.size()));
    }
}
