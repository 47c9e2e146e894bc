package dev.watchkeeper.config.cli;

import dev.watchkeeper.core.faq.FaqCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads evaluation cases from CSV files with a header row: {@code text,expected_id} for FAQ cases.
 * Quoted fields and CRLF line ends are accepted; any malformed row stops the read with its line.
 */
final class FaqCasesCsv {
    private FaqCasesCsv() {}

    /** The cases of the file, in file order. */
    static List<FaqCase> read(Path file) {
        List<FaqCase> cases = new ArrayList<>();
        for (CSVRecord row : CaseFiles.rows(file, "text", "expected_id")) {
            cases.add(new FaqCase(row.get(0), row.get(1).strip()));
        }
        return cases;
    }
}
