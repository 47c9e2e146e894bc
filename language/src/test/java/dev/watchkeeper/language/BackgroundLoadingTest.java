package dev.watchkeeper.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackgroundLoadingTest {
    @Test
    void goesByScriptUntilTheModelsAreInThenTellsLatinLanguagesToo() throws InterruptedException {
        LinguaLanguageDetector detector = LinguaLanguageDetector.loadingInBackground();

        assertThat(detector.isLoaded()).isFalse();
        assertThat(detector.detect("мой депозит не пришел")).contains("ru");
        assertThat(detector.detect("mi retiro sigue pendiente")).isEmpty();

        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!detector.isLoaded() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(detector.isLoaded()).isTrue();
        assertThat(detector.detect("mi retiro sigue pendiente")).contains("es");
    }

    @Test
    void startsLoadingTheModelsWhenMadeNotAtTheFirstMessage() throws InterruptedException {
        LinguaLanguageDetector detector = LinguaLanguageDetector.loadingInBackground();

        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!detector.isLoaded() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        assertThat(detector.isLoaded()).isTrue();
    }

    @Test
    void aDetectorMadeAfterAnEarlyStartTakesTheModelsAlreadyLoading() throws InterruptedException {
        LinguaLanguageDetector.startLoadingEarly();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Thread.sleep(100);

        LinguaLanguageDetector first = LinguaLanguageDetector.loadingInBackground();
        while (!first.isLoaded() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }

        assertThat(first.isLoaded()).isTrue();
        assertThat(first.detect("mi retiro sigue pendiente")).contains("es");
    }

    @Test
    void modelsStartedEarlyAndDiscardedAreNotHandedToTheNextDetector() {
        LinguaLanguageDetector.startLoadingEarly();
        assertThat(LinguaLanguageDetector.hasEarlyStart()).isTrue();

        LinguaLanguageDetector.discardEarlyStart();

        assertThat(LinguaLanguageDetector.hasEarlyStart()).isFalse();
    }
}
