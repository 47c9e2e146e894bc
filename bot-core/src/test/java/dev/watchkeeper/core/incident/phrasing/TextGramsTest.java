package dev.watchkeeper.core.incident.phrasing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextGramsTest {
    @Test
    void missingAccentsCaseAndNumbersDoNotMakeMessagesDiffer() {
        assertThat(TextGrams.of("Não consigo SACAR há 3 horas"))
                .isEqualTo(TextGrams.of("nao consigo sacar ha 5 horas"));
    }

    @Test
    void wordsAreCutIntoPaddedTrigrams() {
        assertThat(TextGrams.of("saque")).containsExactlyInAnyOrder(" sa", "saq", "aqu", "que", "ue ");
    }

    @Test
    void chineseIsCutIntoCharactersAndPairsOfCharacters() {
        assertThat(TextGrams.of("提币卡住")).containsExactlyInAnyOrder("提", "币", "卡", "住", "提币", "币卡", "卡住");
    }

    @Test
    void aMessageWithoutLettersHasNoGrams() {
        assertThat(TextGrams.of("??? 🔥🔥 100%")).isEmpty();
    }

    @Test
    void diceIsOneForTheSameGramsAndZeroForNoneInCommon() {
        assertThat(TextGrams.dice(TextGrams.of("withdrawal stuck"), TextGrams.of("stuck withdrawal")))
                .isEqualTo(1.0);
        assertThat(TextGrams.dice(TextGrams.of("withdrawal"), TextGrams.of("kyc")))
                .isZero();
    }

    @Test
    void mentionsAndLinksAreLeftOut() {
        assertThat(TextGrams.of("@watchkeeper saque https://example.com/x <@123456>"))
                .isEqualTo(TextGrams.of("saque"));
    }
}
