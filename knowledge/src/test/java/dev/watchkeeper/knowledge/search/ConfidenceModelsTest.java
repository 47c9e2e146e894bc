package dev.watchkeeper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfidenceModelsTest {
    private static final MatchFeatures CLEAR = new MatchFeatures(0.8, 0.9, 1.8, 1.0, 0.4, 0.0);

    @TempDir
    Path dir;

    @Test
    void aLanguageWithoutAModelOfItsOwnUsesEnglishs() {
        ConfidenceModels general = ConfidenceModels.bundled();

        assertThat(general.forKey("tr")).isEqualTo(general.forKey("en"));
        assertThat(general.forKey("en")).isEqualTo(ConfidenceModel.calibrated());
    }

    @Test
    void theBundledKnowledgeBaseHasAModelForEachOfItsSixLanguages() {
        ConfidenceModels bundled = ConfidenceModels.bundledKnowledgeBase();

        for (String key : new String[] {"en", "ru", "zh", "es", "pt", "tr"}) {
            assertThat(bundled.forKey(key))
                    .as(key)
                    .isNotEqualTo(ConfidenceModels.bundled().forKey(key));
            assertThat(bundled.forKey(key).confidence(CLEAR)).as(key).isGreaterThan(0.5);
        }
    }

    @Test
    void aFileReplacesOnlyTheLanguagesItNames() throws IOException {
        Path file = Files.writeString(dir.resolve("confidence.properties"), "# ours\nru = -9 0 0 0 0 0 0\n");

        ConfidenceModels models = ConfidenceModels.bundled().overriddenBy(file);

        assertThat(models.forKey("ru").confidence(CLEAR)).isLessThan(0.01);
        assertThat(models.forKey("en")).isEqualTo(ConfidenceModel.calibrated());
    }

    @Test
    void aLineThatIsNotSevenOrNineNumbersIsRejectedWithTheFileAndKey() throws IOException {
        Path file = Files.writeString(dir.resolve("confidence.properties"), "es = -2 0.5 1\n");

        assertThatThrownBy(() -> ConfidenceModels.bundled().overriddenBy(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence.properties")
                .hasMessageContaining("'es' needs 7 or 9 numbers, has 3");
    }

    @Test
    void aHybridLineIsTheModelOfThatLanguageSearchedByMeaningToo() throws IOException {
        Path file = Files.writeString(
                dir.resolve("confidence.properties"), "en.hybrid = -1 0 0 0 0 0 0 2 1\nes = -2 0 0 0 0 0 0\n");

        ConfidenceModels models = ConfidenceModels.bundled().overriddenBy(file);

        assertThat(models.forHybrid("en")).isEqualTo(new ConfidenceModel(-1, 0, 0, 0, 0, 0, 0, 2, 1));
        assertThat(models.forHybrid("ru"))
                .as("no model of its own: English's hybrid one")
                .isEqualTo(models.forHybrid("en"));
        assertThat(models.forKey("en")).isEqualTo(ConfidenceModels.bundled().forKey("en"));
        assertThat(ConfidenceModels.of(new ConfidenceModel(-2, 0, 0, 0, 0, 0, 0))
                        .forHybrid("en"))
                .as("no hybrid model at all: the lexical one")
                .isEqualTo(new ConfidenceModel(-2, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aWordInsteadOfANumberIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("confidence.properties"), "es = -2 0 0 0 0 0 high\n");

        assertThatThrownBy(() -> ConfidenceModels.bundled().overriddenBy(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a number: high");
    }
}
