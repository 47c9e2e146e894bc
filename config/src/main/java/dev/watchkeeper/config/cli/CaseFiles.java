package dev.watchkeeper.config.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV case files of the {@code eval} commands: a header row naming the expected columns,
 * then one case per row. Every failure is a {@link UsageException} naming the file and line.
 */
final class CaseFiles {
    private CaseFiles() {}

    /** All data rows; each has exactly the expected columns, in that order. */
    static List<CSVRecord> rows(Path file, String... columns) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("cases file not found: " + file);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            List<CSVRecord> rows = new ArrayList<>();
            boolean header = true;
            for (CSVRecord row : parser) {
                if (header) {
                    checkHeader(file, row, columns);
                    header = false;
                    continue;
                }
                if (row.size() != columns.length) {
                    throw new UsageException(String.format(
                            "%s line %d: expected %d columns (%s), found %d",
                            file,
                            row.getParser().getCurrentLineNumber(),
                            columns.length,
                            String.join(",", columns),
                            row.size()));
                }
                rows.add(row);
            }
            if (header) {
                throw new UsageException(file + ": empty file, expected a header " + String.join(",", columns));
            }
            return rows;
        } catch (NoSuchFileException e) {
            throw new UsageException("cases file not found: " + file);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UsageException(file + ": malformed CSV: " + e.getMessage());
        }
    }

    private static void checkHeader(Path file, CSVRecord row, String... columns) {
        List<String> found = new ArrayList<>();
        row.forEach(cell -> found.add(cell.strip().replace("\uFEFF", "")));
        if (!found.equals(List.of(columns))) {
            throw new UsageException(String.format(
                    "%s line 1: expected header %s, found %s",
                    file, String.join(",", columns), String.join(",", found)));
        }
    }
}
