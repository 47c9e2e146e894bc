package dev.watchkeeper.config.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Prints named figures as one JSON object or as an aligned two-column table. */
final class Figures {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Figures() {}

    static void print(PrintWriter out, Map<String, ?> figures, boolean json) {
        if (json) {
            out.println(JSON.writeValueAsString(figures));
        } else {
            int width = figures.keySet().stream().mapToInt(String::length).max().orElse(0);
            figures.forEach((name, value) -> out.printf(Locale.ROOT, "%-" + width + "s  %s%n", name, format(value)));
        }
        out.flush();
    }

    private static String format(Object value) {
        return value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(value);
    }
}
