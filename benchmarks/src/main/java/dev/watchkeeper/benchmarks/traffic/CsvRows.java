package dev.watchkeeper.benchmarks.traffic;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The rows of a UTF-8 CSV file with a header line, read whole; the header names the columns. */
public final class CsvRows {
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private CsvRows() {}

    /** Every row of a file; fails with the file's name when it is missing or unreadable. */
    public static List<CSVRecord> of(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("CSV file not found: " + file.toAbsolutePath());
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every row of a classpath resource (a name such as {@code traffic/communities.csv}). */
    static List<CSVRecord> resource(String name) {
        InputStream in = CsvRows.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource not found on the classpath: " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
