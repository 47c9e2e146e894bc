package dev.watchkeeper.knowledge.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real model with its on-disk cache, as a restart and a hot reload use them. */
class PhrasingEmbedderTest {
    private static final List<String> PHRASINGS =
            List.of("My deposit has not arrived", "Withdrawal pending for hours", "How do I reset 2FA?");

    @TempDir
    Path cache;

    @Test
    void aRestartEncodesNothingAndAnEditEncodesOnlyTheEditedPhrasing() {
        PhrasingEmbedder.Embedded first = PhrasingEmbedder.miniLm(cache).phrasings(PHRASINGS);

        PhrasingEmbedder restarted = PhrasingEmbedder.miniLm(cache);
        PhrasingEmbedder.Embedded again = restarted.phrasings(PHRASINGS);
        PhrasingEmbedder.Embedded edited = restarted.phrasings(
                List.of("My deposit has not arrived", "Withdrawal pending for days", "How do I reset 2FA?"));

        assertThat(first.encoded()).isEqualTo(3);
        assertThat(again.encoded()).isZero();
        assertThat(again.vectors()[1]).containsExactly(first.vectors()[1]);
        assertThat(edited.encoded()).isEqualTo(1);
    }

    @Test
    void questionsCloseInMeaningAreCloserThanUnrelatedOnes() {
        PhrasingEmbedder embedder = PhrasingEmbedder.miniLm(null);
        float[] question = embedder.question("my money never showed up");
        float[][] phrasings = embedder.phrasings(List.of("My deposit has not arrived", "How do I enable 2FA?"))
                .vectors();

        assertThat(Vectors.dot(question, phrasings[0])).isGreaterThan(Vectors.dot(question, phrasings[1]));
        assertThat(Vectors.dot(question, question)).isCloseTo(1.0f, org.assertj.core.data.Offset.offset(1e-5f));
    }

    @Test
    void anOverlongQuestionCostsNoMoreThanItsFirstThousandCharacters() {
        PhrasingEmbedder embedder = PhrasingEmbedder.miniLm(null);
        String head = "withdrawal pending ".repeat(60).substring(0, MiniLmSentenceEncoder.MAX_CHARS);

        assertThat(embedder.question(head + " and then 100 KB of noise".repeat(4_000)))
                .containsExactly(embedder.question(head));
    }
}
