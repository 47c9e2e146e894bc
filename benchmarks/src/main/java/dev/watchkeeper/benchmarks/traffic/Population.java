package dev.watchkeeper.benchmarks.traffic;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The members of every community, drawn once per seed. Most members of a community write its
 * language; in an English community one in ten writes their own. Activity is log-normal, so a few
 * members write much of the chatter. Telegram reports the member's app language, which is
 * sometimes English for someone who writes Russian, and sometimes missing; Discord mostly
 * reports none.
 */
final class Population {
    private static final double OTHER_LANGUAGE_IN_ENGLISH = 0.10;

    private final List<Community> communities;
    private final Map<Community, List<Member>> members = new HashMap<>();
    private final Map<Community, double[]> cumulativeActivity = new HashMap<>();

    Population(List<Community> communities, int size, Random random) {
        this.communities = List.copyOf(communities);
        Set<String> ids = new HashSet<>();
        for (Community community : communities) {
            int count = Math.max(1, (int) Math.round(size * community.share()));
            List<Member> list = new ArrayList<>(count);
            double[] cumulative = new double[count];
            double total = 0;
            for (int i = 0; i < count; i++) {
                Member member = member(community, random, ids);
                list.add(member);
                total += member.activity();
                cumulative[i] = total;
            }
            members.put(community, list);
            cumulativeActivity.put(community, cumulative);
        }
    }

    List<Community> communities() {
        return communities;
    }

    int size() {
        return members.values().stream().mapToInt(List::size).sum();
    }

    /** A member of the community, the more active the likelier: who speaks next in the chat. */
    Member speaker(Community community, Random random) {
        return members.get(community).get(Cumulative.draw(cumulativeActivity.get(community), random));
    }

    /**
     * Any member of the community, all alike: who is hit by an incident does not depend on how
     * much they chat.
     */
    Member anyone(Community community, Random random) {
        List<Member> list = members.get(community);
        return list.get(random.nextInt(list.size()));
    }

    /** A community, by its share of the traffic. */
    Community community(Random random) {
        double at = random.nextDouble();
        for (Community community : communities) {
            at -= community.share();
            if (at < 0) {
                return community;
            }
        }
        return communities.getLast();
    }

    private static Member member(Community community, Random random, Set<String> ids) {
        Platform platform = community.platform();
        String id;
        do {
            id = accountId(platform, random);
        } while (!ids.add(platform + id));
        String language = community.language();
        if (language.equals("en") && random.nextDouble() < OTHER_LANGUAGE_IN_ENGLISH) {
            language = TrafficTexts.LANGUAGES.get(1 + random.nextInt(TrafficTexts.LANGUAGES.size() - 1));
        }
        String privateChat = platform == Platform.TELEGRAM ? id : accountId(platform, random);
        double activity = Math.exp(1.1 * random.nextGaussian());
        return new Member(
                UserRef.member(platform, id),
                community,
                language,
                hint(platform, language, random),
                new ChatRef(platform, privateChat, ChatType.PRIVATE),
                activity);
    }

    private static String accountId(Platform platform, Random random) {
        return platform == Platform.TELEGRAM
                ? Long.toString(1_000_000_000L + random.nextLong(6_999_999_999L))
                : Long.toString(300_000_000_000_000_000L + random.nextLong(900_000_000_000_000_000L));
    }

    private static @Nullable String hint(Platform platform, String language, Random random) {
        double draw = random.nextDouble();
        if (platform == Platform.DISCORD) {
            return draw < 0.15 ? language : null;
        }
        if (draw < 0.75) {
            return language;
        }
        if (draw < 0.88) {
            return language.equals("en") ? "ru" : "en";
        }
        return null;
    }
}
