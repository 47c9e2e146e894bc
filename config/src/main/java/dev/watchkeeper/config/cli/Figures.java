package dev.watchkeeper.config.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Prints named figures as one JSON object or as an aligned two-column table. */
final class Figures {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Figures() {}

    /** Prints the figures; a {@code NaN} (nothing to measure) is {@code null} in JSON and "n/a" in a table. */
    static void print(PrintWriter out, Map<String, ?> figures, boolean json) {
        if (json) {
            Map<String, Object> defined = new LinkedHashMap<>();
            figures.forEach((name, value) -> defined.put(name, isNaN(value) ? null : value));
            out.println(JSON.writeValueAsString(defined));
        } else {
            int width = figures.keySet().stream().mapToInt(String::length).max().orElse(0);
            figures.forEach((name, value) -> out.printf(Locale.ROOT, "%-" + width + "s  %s%n", name, format(value)));
        }
        out.flush();
    }

    private static String format(Object value) {
        if (isNaN(value)) {
            return "n/a";
        }
        return value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(value);
    }

    private static boolean isNaN(Object value) {
        return value instanceof Double d && d.isNaN();
    }
}
