package dev.watchkeeper.config.backup;

import static dev.watchkeeper.core.backup.BackupStoreContract.assertSameRecords;
import static dev.watchkeeper.core.backup.BackupStoreContract.exported;
import static dev.watchkeeper.core.backup.BackupStoreContract.restored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.audit.InMemoryAuditLog;
import dev.watchkeeper.core.backup.BackupCounts;
import dev.watchkeeper.core.backup.BackupRecord;
import dev.watchkeeper.core.backup.BackupRestore;
import dev.watchkeeper.core.backup.BackupSamples;
import dev.watchkeeper.core.backup.InMemoryBackupStore;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.incident.model.InMemoryIncidentStore;
import dev.watchkeeper.core.moderation.InMemoryModerationCaseStore;
import dev.watchkeeper.core.ticket.model.InMemoryTicketSequence;
import dev.watchkeeper.core.ticket.model.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.model.InMemoryTranscriptLog;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFileTest {
    private static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");

    @TempDir
    Path dir;

    private final BackupFile backups = new BackupFile();

    private static InMemoryBackupStore emptyStore() {
        return new InMemoryBackupStore(
                new InMemoryTicketStore(),
                new InMemoryTicketSequence(1),
                new InMemoryTranscriptLog(200),
                new InMemoryModerationCaseStore(),
                new InMemoryAuditLog(),
                new InMemoryAnswerFeedback(),
                new InMemoryIncidentStore());
    }

    private Path exportedFile(List<BackupRecord> records) throws IOException {
        InMemoryBackupStore source = emptyStore();
        restored(source, records);
        Path file = dir.resolve("backup.jsonl");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            backups.export(source, out, NOW);
        }
        return file;
    }

    @Test
    void tenThousandTicketsAndCasesAreIdenticalAfterExportToAFileAndImportIntoAnEmptyStore() throws IOException {
        List<BackupRecord> samples = BackupSamples.of(10_000, 10_000);
        Path file = exportedFile(samples);

        InMemoryBackupStore target = emptyStore();
        BackupRestore restore = new BackupRestore(target);
        BackupCounts read = backups.read(file, restore::add);

        assertThat(read).isEqualTo(new BackupCounts(10_000, 10_000, 10_000, 10_000, 1, 0));
        assertThat(restore.finish()).isEqualTo(read);
        assertSameRecords(exported(target), samples);
        assertThat(Files.readAllLines(file)).hasSize(40_003);
    }

    @Test
    void theFileStartsWithItsHeaderAndEndsWithTheCounts() throws IOException {
        Path file = exportedFile(BackupSamples.of(2, 1));

        List<String> lines = Files.readAllLines(file);

        assertThat(lines.getFirst())
                .isEqualTo("{\"type\":\"watchkeeper-backup\",\"format\":1,\"exportedAt\":\"2026-12-03T03:00:00Z\"}");
        assertThat(lines.getLast())
                .isEqualTo("{\"type\":\"end\",\"tickets\":2,\"transcripts\":2,\"cases\":1,\"auditEntries\":1,"
                        + "\"voteCounts\":1,\"incidents\":0}");
        assertThat(lines).hasSize(9);
    }

    @Test
    void checkingAFileNamesTheFirstBadLineAndReadsNoRecordAfterIt() throws IOException {
        Path file = exportedFile(BackupSamples.of(3, 3));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(4, "{\"type\":\"ticket\",\"id\":{\"value\":\"WK-3\"}");
        Files.write(file, lines);

        List<BackupRecord> seen = new ArrayList<>();
        assertThatThrownBy(() -> backups.read(file, seen::add))
                .isInstanceOf(BackupFormatException.class)
                .hasMessageStartingWith(file + " line 5: not JSON: ");
        assertThat(seen).hasSize(3);
    }

    @Test
    void refusesAnotherFormatVersion() throws IOException {
        Path file = exportedFile(BackupSamples.of(1, 1));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(0, lines.getFirst().replace("\"format\":1", "\"format\":2"));
        Files.write(file, lines);

        assertThatThrownBy(() -> backups.check(file))
                .isInstanceOf(BackupFormatException.class)
                .hasMessage(file + " line 1: format version 2; this build reads version 1");
    }

    @Test
    void refusesAFileCutShort() throws IOException {
        Path file = exportedFile(BackupSamples.of(5, 5));
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, 8));

        assertThatThrownBy(() -> backups.check(file))
                .isInstanceOf(BackupFormatException.class)
                .hasMessage(file + " line 8: no end line: the file was cut short");
    }

    @Test
    void refusesAFileWhoseRecordsDoNotMatchTheEndLine() throws IOException {
        Path file = exportedFile(BackupSamples.of(2, 2));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(1);
        Files.write(file, lines);

        assertThatThrownBy(() -> backups.check(file))
                .isInstanceOf(BackupFormatException.class)
                .hasMessage(file + " line 10: the end line counts 2 tickets, 2 transcripts, 2 moderation cases,"
                        + " 2 audit entries, 1 vote counts, 0 incidents, the file holds 1 tickets, 2 transcripts,"
                        + " 2 moderation cases, 2 audit entries, 1 vote counts, 0 incidents");
    }

    @Test
    void refusesAFileThatIsNotABackup() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path other = Files.writeString(dir.resolve("other.jsonl"), "{\"type\":\"audit\"}\n");
        Path binary = Files.write(dir.resolve("binary.jsonl"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00});

        assertThatThrownBy(() -> backups.check(empty)).hasMessage(empty + ": empty file");
        assertThatThrownBy(() -> backups.check(other)).hasMessageStartingWith(other + " line 1: not a valid audit");
        assertThatThrownBy(() -> backups.check(binary)).hasMessage(binary + " line 1: not UTF-8 text");
    }

    @Test
    void refusesALineAfterTheEnd() throws IOException {
        Path file = exportedFile(BackupSamples.of(1, 0));
        Files.writeString(file, "{\"type\":\"audit\"}\n", java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> backups.check(file)).hasMessage(file + " line 6: a line after the end line");
    }
}
