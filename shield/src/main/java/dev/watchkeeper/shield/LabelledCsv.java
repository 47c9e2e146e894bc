package dev.watchkeeper.shield;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@code text,label} CSV files (RFC 4180 quoting, label {@code scam} or {@code ham}), the
 * format of the bundled samples and of evaluation sets. Parsing is Apache Commons CSV's.
 */
public final class LabelledCsv {
    private LabelledCsv() {}

    /** Parses CSV content with a header row. */
    public static List<LabelledText> parse(String content) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<LabelledText> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(content, format)) {
            for (CSVRecord row : parser) {
                if (row.size() < 2 || row.get(0).isBlank()) {
                    continue;
                }
                String label = row.get(row.size() - 1).strip();
                if (!label.equals("scam") && !label.equals("ham")) {
                    throw new IllegalArgumentException(
                            "line " + parser.getCurrentLineNumber() + ": label must be scam or ham, not " + label);
                }
                out.add(new LabelledText(row.get(0), label.equals("scam")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
}
