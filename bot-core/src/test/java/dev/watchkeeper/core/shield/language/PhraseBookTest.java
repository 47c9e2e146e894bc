package dev.watchkeeper.core.shield.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.shield.Evidence;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseBookTest {
    @TempDir
    Path folder;

    private static List<Evidence> evidence(PhraseBook book, String text) {
        String folded = TextNormalizer.normalize(text).folded();
        SocialEngineeringDetector detector = new SocialEngineeringDetector(book);
        return detector.detect(folded, detector.scamTalk(folded)).evidence();
    }

    @Test
    void anOperatorsRuleFolderAddsToTheBundledRules() throws IOException {
        Files.writeString(
                folder.resolve("local.rules"),
                """
                # our own scam wave
                script latin
                FAKE_SUPPORT 0.7 {moonbank} \\bmoonbank (refund|support) desk\\b
                """);
        Files.writeString(folder.resolve("notes.txt"), "not a rule file");
        PhraseBook book = PhraseBook.withFiles(List.of(folder));

        assertThat(book.size()).isEqualTo(PhraseBook.bundled().size() + 1);
        assertThat(evidence(book, "Write to the MoonBank refund desk today")).anySatisfy(e -> {
            assertThat(e.signal()).isEqualTo(Signal.FAKE_SUPPORT);
            assertThat(e.detail()).contains("moonbank refund desk");
        });
        assertThat(evidence(PhraseBook.bundled(), "Write to the MoonBank refund desk today"))
                .noneMatch(e -> e.signal() == Signal.FAKE_SUPPORT);
    }

    @Test
    void aBadLineInAnOperatorsFileStopsTheLoadNamingFileAndLine() throws IOException {
        Path file = folder.resolve("bad.rules");
        Files.writeString(file, "script latin\nFAKE_SUPORT 0.7 {x} x\n");

        assertThatThrownBy(() -> PhraseBook.withFiles(List.of(file)))
                .isInstanceOf(RuleSyntaxException.class)
                .hasMessage(file + ":2: unknown signal or statement 'FAKE_SUPORT'");
    }

    @Test
    void evidenceNamesThePhraseThatMatched() {
        assertThat(evidence(PhraseBook.bundled(), "Please send me your seed phrase to verify"))
                .anySatisfy(e -> {
                    assertThat(e.signal()).isEqualTo(Signal.SECRET_REQUEST);
                    assertThat(e.detail()).isEqualTo("\"send me your seed phrase\"");
                });
    }

    @Test
    void aShapeRuleNeedsItsNumberOfMatches() {
        String seven = "$btc $eth $xrp $sol $ada $dot $bnb";
        assertThat(evidence(PhraseBook.bundled(), "nice " + seven)).isEmpty();
        assertThat(evidence(PhraseBook.bundled(), "nice " + seven + " $trx"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("7 more"));
    }
}
