package dev.watchkeeper.benchmarks.traffic;

import dev.watchkeeper.core.model.Platform;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The shape of a community's day, read from the {@code traffic/} resources: the communities and
 * their share of traffic, the diurnal curve, how popular each support topic is (topics not listed
 * weigh 1), and the short additions members put after a question ({@code pls}, {@code ??},
 * {@code срочно}), per language.
 */
record TrafficShape(
        List<Community> communities,
        DiurnalCurve curve,
        Map<String, Double> topicWeights,
        Map<String, List<String>> tails) {

    TrafficShape {
        communities = List.copyOf(communities);
        topicWeights = Map.copyOf(topicWeights);
        tails = Map.copyOf(tails);
        double shares = communities.stream().mapToDouble(Community::share).sum();
        if (Math.abs(shares - 1) > 1e-6) {
            throw new IllegalArgumentException("community shares must sum to 1, were " + shares);
        }
    }

    static TrafficShape bundled() {
        List<Community> communities = new ArrayList<>();
        for (CSVRecord row : CsvRows.resource("traffic/communities.csv")) {
            communities.add(new Community(
                    row.get("id"),
                    Platform.valueOf(row.get("platform").toUpperCase(Locale.ROOT)),
                    row.get("chat_id"),
                    row.get("language"),
                    Integer.parseInt(row.get("utc_offset_hours")),
                    Double.parseDouble(row.get("share"))));
        }
        List<Double> hourly = new ArrayList<>();
        for (CSVRecord row : CsvRows.resource("traffic/diurnal.csv")) {
            if (Integer.parseInt(row.get("local_hour")) != hourly.size()) {
                throw new IllegalStateException("traffic/diurnal.csv: hours must run 0 to 23 in order");
            }
            hourly.add(Double.parseDouble(row.get("weight")));
        }
        Map<String, Double> weights = new HashMap<>();
        for (CSVRecord row : CsvRows.resource("traffic/topic-weights.csv")) {
            weights.put(row.get("topic"), Double.parseDouble(row.get("weight")));
        }
        Map<String, List<String>> tails = new HashMap<>();
        for (CSVRecord row : CsvRows.resource("traffic/tails.csv")) {
            tails.computeIfAbsent(row.get("language"), k -> new ArrayList<>()).add(row.get("text"));
        }
        return new TrafficShape(communities, new DiurnalCurve(hourly), weights, tails);
    }

    double weightOf(String topic) {
        return topicWeights.getOrDefault(topic, 1.0);
    }
}
