package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Verdict;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped shield against real messages, one expectation each (a scam is removed or put before
 * moderators, never let through; an ordinary message is never removed): a slice of tg-spam's and
 * janitr's labelled messages (both MIT, see the training folder's README), and, as a whole, the
 * project's held-out set of community messages in six languages that no training or tuning read.
 */
class RealMessagesTest {
    private static final Path HELD_OUT = Path.of("../eval/scam/holdout/community-messages.csv");

    private static ScamShield shield;

    @BeforeAll
    static void build() {
        shield = ShieldFactory.create(ShieldOptions.defaults()).shield();
    }

    static Stream<Arguments> realMessages() throws IOException {
        String csv;
        try (var in = RealMessagesTest.class.getResourceAsStream("/dev/watchkeeper/shield/real-messages.csv")) {
            csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return records(new StringReader(csv)).stream()
                .map(r -> Arguments.of(r.get("source"), r.get("label").equals("scam"), r.get("text")));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("realMessages")
    void judgesEachRealMessageAsItsLabelSays(String source, boolean scam, String text) {
        ScamVerdict verdict = shield.check(ScamInput.text(text));

        if (scam) {
            // a real scam is never let through unseen: removed, or at least put before moderators
            assertThat(verdict.verdict()).as(verdict.reasons().toString()).isNotEqualTo(Verdict.CLEAN);
            assertThat(verdict.reasons()).isNotEmpty();
        } else {
            assertThat(verdict.verdict()).as(verdict.reasons().toString()).isNotEqualTo(Verdict.SCAM);
        }
    }

    @Test
    void catchesMostHeldOutCommunityScamsAndFlagsFewOrdinaryMessages() throws IOException {
        List<CSVRecord> rows = records(Files.newBufferedReader(HELD_OUT));
        int scams = 0;
        int caught = 0;
        int hams = 0;
        int flagged = 0;
        for (CSVRecord row : rows) {
            boolean scam = row.get("label").equals("scam");
            boolean judged = shield.check(ScamInput.text(row.get("text"))).verdict() == Verdict.SCAM;
            scams += scam ? 1 : 0;
            caught += scam && judged ? 1 : 0;
            hams += scam ? 0 : 1;
            flagged += !scam && judged ? 1 : 0;
        }

        assertThat(scams).isGreaterThan(100);
        assertThat((double) caught / scams).as("recall on held-out scams").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat((double) flagged / hams)
                .as("false positive rate on held-out hams")
                .isLessThanOrEqualTo(FPR_CEILING);
    }

    private static final double RECALL_FLOOR = 0.33;
    private static final double FPR_CEILING = 0.02;

    private static List<CSVRecord> records(Reader reader) throws IOException {
        try (reader) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }
}
