package dev.watchkeeper.shield;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code text,label} CSV files (RFC 4180 quoting, label {@code scam} or {@code ham}), the
 * format of the bundled samples and of evaluation sets.
 */
public final class LabelledCsv {
    private LabelledCsv() {}

    /** Parses CSV content with a header row. */
    public static List<LabelledText> parse(String content) {
        List<List<String>> rows = rows(content);
        List<LabelledText> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() < 2 || row.get(0).isBlank()) {
                continue;
            }
            String label = row.get(row.size() - 1).strip();
            if (!label.equals("scam") && !label.equals("ham")) {
                throw new IllegalArgumentException("row " + i + ": label must be scam or ham, not " + label);
            }
            out.add(new LabelledText(row.get(0), label.equals("scam")));
        }
        return out;
    }

    /** Reads a class-path resource. */
    public static List<LabelledText> resource(String path) {
        try (InputStream in = Objects.requireNonNull(LabelledCsv.class.getResourceAsStream(path), path)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> rows(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
