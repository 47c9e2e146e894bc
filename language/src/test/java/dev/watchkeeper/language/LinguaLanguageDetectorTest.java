package dev.watchkeeper.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.language.MemberLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinguaLanguageDetectorTest {
    private static final LinguaLanguageDetector DETECTOR = timedLoad();

    private static LinguaLanguageDetector timedLoad() {
        Runtime runtime = Runtime.getRuntime();
        long start = System.nanoTime();
        LinguaLanguageDetector detector = LinguaLanguageDetector.loaded();
        System.gc();
        System.out.printf(
                "models loaded in %d ms, heap in use %d MB%n",
                (System.nanoTime() - start) / 1_000_000, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        return detector;
    }

    @Test
    void tellsTheLanguageOfShortSupportMessagesInAllSixLanguages() throws IOException {
        List<String[]> cases = cases().stream().filter(c -> !c[1].isEmpty()).toList();

        long right = cases.stream()
                .filter(c -> DETECTOR.detect(c[0]).equals(Optional.of(c[1])))
                .count();

        for (int warmUp = 0; warmUp < 20; warmUp++) {
            cases.forEach(c -> DETECTOR.detect(c[0]));
        }
        long start = System.nanoTime();
        cases.forEach(c -> DETECTOR.detect(c[0]));
        double msPerMessage = (System.nanoTime() - start) / 1e6 / cases.size();
        double accuracy = (double) right / cases.size();
        System.out.printf(
                "short messages: %d, told right: %d (%.3f), %.2f ms a message%n",
                cases.size(), right, accuracy, msPerMessage);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void leavesUndecidedWhatIsInNoLanguage() throws IOException {
        List<String[]> undecided = cases().stream().filter(c -> c[1].isEmpty()).toList();

        assertThat(undecided)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(DETECTOR.detect(c[0])).as(c[0]).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "мой USDT deposit не пришел     | ru",
                "提现 pending 了好久              | zh",
                "no me llegó el retiro a Binance | es",
                "minha carteira MetaMask sumiu   | pt",
                "Trust Wallet'a para gelmedi     | tr"
            })
    void tellsMixedScriptsAndBrandNamesByTheMembersOwnWords(String text, String language) {
        assertThat(DETECTOR.detect(text)).contains(language);
    }

    @Test
    void answersASpanishMessageFromAnEnglishClientInSpanishAndKeepsItForAnOk() {
        MemberLanguage languages = new MemberLanguage(DETECTOR, "en");

        String first = languages.decide("en-US", "hola, no me llegó el retiro", null);
        String next = languages.decide("en-US", "ok", first);

        assertThat(first).isEqualTo("es");
        assertThat(next).isEqualTo("es");
    }

    @Test
    void aLatinMessageWhileTheModelsLoadWaitsForThemAndIsToldRight() {
        LinguaLanguageDetector loading = LinguaLanguageDetector.loadingInBackground(java.time.Duration.ofSeconds(60));

        assertThat(loading.detect("hola, mi retiro sigue pendiente")).contains("es");
        assertThat(loading.isLoaded()).isTrue();
    }

    @Test
    void cyrillicAndChineseAreToldWhileTheModelsLoad() {
        LinguaLanguageDetector loading = LinguaLanguageDetector.loadingInBackground(java.time.Duration.ofSeconds(60));

        assertThat(loading.detect("мой депозит не пришел")).contains("ru");
        assertThat(loading.detect("提现一直在处理中")).contains("zh");
    }

    private static List<String[]> cases() throws IOException {
        try (InputStream in = LinguaLanguageDetectorTest.class.getResourceAsStream("short-messages.csv")) {
            List<String[]> cases = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                int comma = lines[i].lastIndexOf(',');
                cases.add(new String[] {
                    lines[i].substring(0, comma), lines[i].substring(comma + 1).strip()
                });
            }
            return cases;
        }
    }
}
