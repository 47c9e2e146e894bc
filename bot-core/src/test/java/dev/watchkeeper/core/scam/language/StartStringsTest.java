package dev.watchkeeper.core.scam.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartStringsTest {

    @Test
    void startsOfAnAlternationOfWords() {
        assertThat(StartStrings.of("\\bclaim (fast|now)\\b|\\b(huge|massive) rewards\\b|\\bmust join\\b"))
                .contains(List.of("clai", "huge", "mass", "must"));
    }

    @Test
    void optionalAndRepeatedAtomsAddWhatFollowsThem() {
        assertThat(StartStrings.of("(a |my )?(\\$ ?\\d|\\d+ ?usd)", 1))
                .contains(List.of("$", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "m"));
        assertThat(StartStrings.of("[a-c]{0,2}x", 3))
                .hasValueSatisfying(s ->
                        assertThat(s).contains("x", "ax", "cx", "aax", "ccx").hasSize(1 + 3 + 9));
        assertThat(StartStrings.of("\\b(?:привет|你好)")).contains(List.of("прив", "你好"));
        assertThat(StartStrings.of("ab?c{2,}", 4)).contains(List.of("abcc", "acc"));
    }

    @Test
    void aCompleteShorterMatchCoversTheStringsThatExtendIt() {
        assertThat(StartStrings.of("%|\\$|%\\d+ gain")).contains(List.of("$", "%"));
        assertThat(StartStrings.of("\\bno( one)?\\b", 4)).contains(List.of("no"));
    }

    @Test
    void eachTopLevelBranchKeepsItsOwnLength() {
        assertThat(StartStrings.branches("a(b|c)|[|]d|\\|e")).containsExactly("a(b|c)", "[|]d", "\\|e");
        // "\\d+ usd" alone would cut the whole set to one character
        assertThat(StartStrings.of("\\bclaim now|\\d+ ?usd"))
                .contains(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "clai"));
    }

    @Test
    void zeroWidthPartsTakeNoCharacters() {
        assertThat(StartStrings.of("(?<![а-яё])я (?=[a-z])|^#[а-б]")).contains(List.of("#а", "#б", "я "));
        assertThat(StartStrings.of("(?!scam)\\bclaim\\b$")).contains(List.of("clai"));
    }

    @Test
    void readsThroughWhatFollowsOnceEveryStringIsComplete() {
        assertThat(StartStrings.of("\\bclaim\\b[^.!?\\n]{0,40}(?=x).\\w+(?i:y)$"))
                .contains(List.of("clai"));
    }

    @Test
    void shorterStringsWhenLongerOnesWouldBeTooMany() {
        assertThat(StartStrings.of("\\$ ?\\d[\\d,.]*k?"))
                .hasValueSatisfying(
                        s -> assertThat(s).contains("$ ", "$0", "$9").hasSize(11));
    }

    @Test
    void leavesAloneWhatItCannotBoundOrWhatCanMatchNothing() {
        assertThat(StartStrings.of(".{0,3}claim")).isEmpty();
        assertThat(StartStrings.of("\\w+ claim")).isEmpty();
        assertThat(StartStrings.of("[^.!?]claim")).isEmpty();
        assertThat(StartStrings.of("(?i)claim")).isEmpty();
        assertThat(StartStrings.of("(claim)?")).isEmpty();
        assertThat(StartStrings.of("\\s*|x")).isEmpty();
        assertThat(StartStrings.of("\\p{L}+ claim")).isEmpty();
    }
}
