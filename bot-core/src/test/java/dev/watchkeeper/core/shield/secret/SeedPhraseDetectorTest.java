package dev.watchkeeper.core.shield.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedPhraseDetectorTest {
    private final SeedPhraseDetector detector = new SeedPhraseDetector(Bip39Wordlists.bundled());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
                "my seed is legal winner thank year wave sausage worth useful legal winner thank yellow, is it safe?",
                "1. legal 2. winner 3. thank 4. year 5. wave 6. sausage 7. worth 8. useful 9. legal 10. winner"
                        + " 11. thank 12. yellow",
                "Legal\nWinner\nThank\nYear\nWave\nSausage\nWorth\nUseful\nLegal\nWinner\nThank\nYellow",
                "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor"
                        + " acoustic avoid letter advice cage absurd amount doctor acoustic bless",
                "ábaco álbum líquido álbum espuma acudir bolero bosque amante gaita dictar boca",
                "abaco album liquido album espuma acudir bolero bosque amante gaita dictar boca",
                "いよく たおる たいざい かいしゃ こつばん いちど さんすう おしゃれ えいわ ますく けらい ぐんて"
            })
    void findsValidSeedPhrasesWithChecksum(String text) {
        // when
        List<SecretFinding> found = detector.find(text);

        // then
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(SecretKind.SEED_PHRASE);
            assertThat(f.certain()).isTrue();
            assertThat(f.note()).contains("checksum valid").doesNotContain("winner", "abandon");
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "legal winner thank year wave sausage worth useful legal winner thank thank",
                "legal winner thank year wave sausge worth useful legal winner thank yellow",
                "legal winner thank year wave sausage worth useful legal winner thank"
            })
    void reportsSeedsWithATypoOrAMissingWordAsProbable(String text) {
        assertThat(detector.find(text)).singleElement().satisfies(f -> assertThat(f.certain())
                .isFalse());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I want to buy some bitcoin today, what is the best way to do it without paying high fees?",
                "Please check the address again before you send any amount, the network fee is about one dollar.",
                "Abandon all hope. Ability matters. Able people act. About time. Above all. Absent friends.",
                "我们今天的行情讨论很有意思大家都在说比特币会涨到十万美元你们觉得呢",
                "Quiero comprar bitcoin hoy pero no sé cuál es la mejor forma de hacerlo sin pagar comisiones altas"
            })
    void ignoresProseWithListWords(String text) {
        assertThat(detector.find(text)).isEmpty();
    }
}
