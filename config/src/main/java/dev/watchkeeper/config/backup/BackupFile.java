package dev.watchkeeper.config.backup;

import dev.watchkeeper.core.backup.BackupCounts;
import dev.watchkeeper.core.backup.BackupRecord;
import dev.watchkeeper.core.backup.BackupStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Writes a store to a backup file and reads one back, line by line (never the whole file or store
 * in memory). A file is read twice for an import: {@link #check} first, so that a bad line stops
 * the import before anything is written, then {@link #read}. Blocks on the file and the store.
 */
public final class BackupFile {
    private final BackupLines lines = new BackupLines();

    /** Writes the header, every record of the store, and the end line; returns what was written. */
    public BackupCounts export(BackupStore store, Writer out, Instant now) {
        try {
            out.write(lines.header(now));
            out.write('\n');
            BackupCounts[] counts = {BackupCounts.NONE};
            store.exportTo(record -> {
                try {
                    out.write(lines.write(record));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                counts[0] = counts[0].plus(record);
            });
            out.write(lines.end(counts[0]));
            out.write('\n');
            out.flush();
            return counts[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every line and checks it: the header with this format's version first, valid records,
     * and last the end line whose counts match the records.
     *
     * @throws BackupFormatException naming the first bad line
     */
    public BackupCounts check(Path file) {
        return read(file, record -> {});
    }

    /**
     * Hands every record of a file to {@code sink}, checking as {@link #check} does; a bad line
     * throws when it is reached, after the records before it.
     */
    public BackupCounts read(Path file, Consumer<? super BackupRecord> sink) {
        int number = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            BackupCounts counts = BackupCounts.NONE;
            BackupCounts declared = null;
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                if (declared != null) {
                    throw new BackupFormatException("a line after the end line");
                }
                BackupLines.Line read = lines.read(line);
                if (number == 1) {
                    header(read);
                    continue;
                }
                switch (read) {
                    case BackupLines.Line.Header h -> throw new BackupFormatException("a second header line");
                    case BackupLines.Line.Of r -> {
                        sink.accept(r.record());
                        counts = counts.plus(r.record());
                    }
                    case BackupLines.Line.End e -> declared = e.counts();
                }
            }
            if (number == 0) {
                throw new BackupFormatException("empty file");
            }
            if (declared == null) {
                throw new BackupFormatException("no end line: the file was cut short");
            }
            if (!declared.equals(counts)) {
                throw new BackupFormatException("the end line counts " + declared + ", the file holds " + counts);
            }
            return counts;
        } catch (BackupFormatException e) {
            throw new BackupFormatException(file + (number == 0 ? "" : " line " + number) + ": " + e.getMessage());
        } catch (CharacterCodingException e) {
            throw new BackupFormatException(file + " line " + (number + 1) + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(BackupLines.Line line) {
        if (!(line instanceof BackupLines.Line.Header header)) {
            throw new BackupFormatException(
                    "not a Watchkeeper backup: the first line must be the \"" + BackupLines.HEADER + "\" header");
        }
        if (header.format() != BackupLines.FORMAT) {
            throw new BackupFormatException(
                    "format version " + header.format() + "; this build reads version " + BackupLines.FORMAT);
        }
    }
}
