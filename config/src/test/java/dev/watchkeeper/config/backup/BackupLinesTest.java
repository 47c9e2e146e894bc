package dev.watchkeeper.config.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.backup.BackupCounts;
import dev.watchkeeper.core.backup.BackupRecord;
import dev.watchkeeper.core.backup.BackupSamples;
import dev.watchkeeper.core.faq.VoteCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupLinesTest {
    private static final Instant T = Instant.parse("2026-12-03T03:00:00Z");

    private final BackupLines lines = new BackupLines();

    @Test
    void everyKindOfRecordComesBackEqualFromItsLine() {
        List<BackupRecord> records = new ArrayList<>(BackupSamples.of(24, 24));
        for (int i = 1; i <= 4; i++) {
            records.add(BackupSamples.incident(i));
        }

        for (BackupRecord record : records) {
            String line = lines.write(record);

            assertThat(line).doesNotContain("\n", "\r");
            assertThat(lines.read(line)).isEqualTo(new BackupLines.Line.Of(record));
        }
        assertThat(BackupCounts.NONE.plusAll(records)).isEqualTo(new BackupCounts(24, 24, 24, 24, 1, 4));
    }

    @Test
    void oddTextsComeBackUnchanged() {
        for (String text : BackupSamples.oddTexts()) {
            BackupRecord record = new BackupRecord.AuditRecord(new AuditEntry(T, "telegram:42", "close", "WK-7", text));

            assertThat(lines.read(lines.write(record))).isEqualTo(new BackupLines.Line.Of(record));
        }
        assertThat(BackupSamples.oddTexts())
                .anyMatch(t -> t.contains("\n"))
                .anyMatch(t -> t.contains("\""))
                .anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    }

    @Test
    void aLineIsReadableByAPersonWithItsTypeFirstIsoTimesAndEnumNames() {
        BackupRecord ticket = BackupSamples.of(3, 0).get(4);

        String line = lines.write(ticket);

        assertThat(line)
                .startsWith("{\"type\":\"ticket\",\"id\":{\"value\":\"WK-3\"}")
                .contains("\"status\":\"RESOLVED\"", "\"openedAt\":\"2026-03-01T08:03:00.123456789Z\"")
                .doesNotContain("\"v\":");
    }

    @Test
    void anIncidentLineCarriesItsTimelineLinkedMembersAndAnswers() {
        String line = lines.write(BackupSamples.incident(2));

        assertThat(line)
                .startsWith("{\"type\":\"incident\",\"incident\":{\"id\":{\"value\":\"INC-2\"},\"version\":4,")
                .contains(
                        "\"status\":\"RESOLVED\"",
                        "\"timeline\":[{\"at\":\"2026-03-01T09:58:00.123456789Z\",\"kind\":\"ALERTED\"",
                        "\"linked\":[{\"member\":{\"platform\":\"TELEGRAM\",\"id\":\"m2\"",
                        "\"ticket\":{\"value\":\"WK-5002\"}",
                        "\"statusAnswers\":20")
                .doesNotContain("\"v\":");
    }

    @Test
    void theHeaderAndEndLinesSayWhatTheFileIsAndHowManyRecordsItHolds() {
        BackupCounts counts = new BackupCounts(3, 2, 5, 7, 1, 4);

        assertThat(lines.header(T))
                .isEqualTo("{\"type\":\"watchkeeper-backup\",\"format\":1,\"exportedAt\":\"2026-12-03T03:00:00Z\"}");
        assertThat(lines.read(lines.header(T))).isEqualTo(new BackupLines.Line.Header(1, "2026-12-03T03:00:00Z"));
        assertThat(lines.read(lines.end(counts))).isEqualTo(new BackupLines.Line.End(counts));
    }

    @Test
    void votesWithoutAnyVoteComeBack() {
        BackupRecord none = new BackupRecord.VotesRecord(VoteCounts.none());

        assertThat(lines.read(lines.write(none))).isEqualTo(new BackupLines.Line.Of(none));
    }

    @Test
    void refusesALineThatIsNotJson() {
        assertThatThrownBy(() -> lines.read("{\"type\":\"ticket\","))
                .isInstanceOf(BackupFormatException.class)
                .hasMessageStartingWith("not JSON: ");
    }

    @Test
    void refusesAnUnknownTypeNamingTheKnownOnes() {
        assertThatThrownBy(() -> lines.read("{\"type\":\"tiket\",\"id\":{\"value\":\"WK-1\"}}"))
                .isInstanceOf(BackupFormatException.class)
                .hasMessage("unknown type \"tiket\" (expected ticket, transcript, case, audit, votes,"
                        + " incident, watchkeeper-backup or end)");
    }

    @Test
    void refusesALineWithoutAType() {
        assertThatThrownBy(() -> lines.read("{\"id\":{\"value\":\"WK-1\"}}"))
                .isInstanceOf(BackupFormatException.class)
                .hasMessage("no \"type\" field");
        assertThatThrownBy(() -> lines.read("[1,2]"))
                .isInstanceOf(BackupFormatException.class)
                .hasMessage("not a JSON object");
    }

    @Test
    void refusesARecordWithAMissingOrMalformedFieldInOneLine() {
        assertThatThrownBy(
                        () -> lines.read("{\"type\":\"audit\",\"at\":\"2026-12-03T03:00:00Z\",\"actor\":\"system\"}"))
                .isInstanceOf(BackupFormatException.class)
                .hasMessageStartingWith("not a valid audit: ")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> lines.read("{\"type\":\"case\",\"id\":{\"value\":\"not an id\"}}"))
                .isInstanceOf(BackupFormatException.class)
                .hasMessageStartingWith("not a valid case: ")
                .hasMessageNotContaining("\n");
    }
}
