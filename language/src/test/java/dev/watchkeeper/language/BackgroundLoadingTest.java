package dev.watchkeeper.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BackgroundLoadingTest {
    @Test
    void goesByScriptUntilTheModelsAreInThenTellsLatinLanguagesToo() {
        CompletableFuture<com.github.pemistahl.lingua.api.LanguageDetector> models = new CompletableFuture<>();
        LinguaLanguageDetector detector = LinguaLanguageDetector.loadingFrom(models);

        assertThat(detector.isLoaded()).isFalse();
        assertThat(detector.detect("мой депозит не пришел")).contains("ru");
        assertThat(detector.detect("mi retiro sigue pendiente")).isEmpty();

        models.complete(LinguaLanguageDetector.models());

        assertThat(detector.isLoaded()).isTrue();
        assertThat(detector.detect("mi retiro sigue pendiente")).contains("es");
    }

    @Test
    void modelsThatFailToLoadLeaveTheScriptDetectorAnswering() {
        CompletableFuture<com.github.pemistahl.lingua.api.LanguageDetector> models = new CompletableFuture<>();
        LinguaLanguageDetector detector = LinguaLanguageDetector.loadingFrom(models);

        models.completeExceptionally(new OutOfMemoryError("test"));

        assertThat(detector.isLoaded()).isFalse();
        assertThat(detector.detect("提现一直在处理中")).contains("zh");
        assertThat(detector.detect("mi retiro sigue pendiente")).isEmpty();
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
