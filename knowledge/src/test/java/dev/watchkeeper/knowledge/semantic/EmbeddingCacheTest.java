package dev.watchkeeper.knowledge.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
    private static final int DIMENSIONS = 4;

    @TempDir
    Path folder;

    @Test
    void vectorsWrittenByOneProcessAreReadByTheNext() {
        EmbeddingCache first = EmbeddingCache.open(folder, "model-a", DIMENSIONS);
        first.putAll(Map.of(first.keyOf("my deposit has not arrived"), new float[] {0.5f, 0.5f, 0.5f, 0.5f}));

        EmbeddingCache restarted = EmbeddingCache.open(folder, "model-a", DIMENSIONS);

        assertThat(restarted.get(restarted.keyOf("my deposit has not arrived")))
                .containsExactly(0.5f, 0.5f, 0.5f, 0.5f);
        assertThat(restarted.get(restarted.keyOf("my deposit has arrived"))).isNull();
    }

    @Test
    void anotherModelNeverSeesTheseVectors() {
        EmbeddingCache a = EmbeddingCache.open(folder, "model-a", DIMENSIONS);
        a.putAll(Map.of(a.keyOf("withdrawal pending"), new float[] {1, 0, 0, 0}));

        EmbeddingCache b = EmbeddingCache.open(folder, "model-b", DIMENSIONS);

        assertThat(b.get(b.keyOf("withdrawal pending"))).isNull();
        assertThat(b.keyOf("withdrawal pending")).isNotEqualTo(a.keyOf("withdrawal pending"));
    }

    @Test
    void aRecordCutShortByACrashIsIgnoredAndOverwritten() throws IOException {
        EmbeddingCache cache = EmbeddingCache.open(folder, "model-a", DIMENSIONS);
        cache.putAll(Map.of(cache.keyOf("one"), new float[] {1, 0, 0, 0}));
        Path file = cache.file();
        assertThat(file).isNotNull();
        Files.write(file, new byte[] {1, 2, 3, 4, 5}, StandardOpenOption.APPEND);

        EmbeddingCache afterCrash = EmbeddingCache.open(folder, "model-a", DIMENSIONS);
        afterCrash.putAll(Map.of(afterCrash.keyOf("two"), new float[] {0, 1, 0, 0}));
        EmbeddingCache again = EmbeddingCache.open(folder, "model-a", DIMENSIONS);

        assertThat(afterCrash.size()).isEqualTo(2);
        assertThat(again.get(again.keyOf("one"))).containsExactly(1, 0, 0, 0);
        assertThat(again.get(again.keyOf("two"))).containsExactly(0, 1, 0, 0);
    }

    @Test
    void stalePhrasingsAreDroppedOnceTheyOutnumberTheLiveOnes() {
        EmbeddingCache cache = EmbeddingCache.open(folder, "model-a", DIMENSIONS);
        Map<EmbeddingCache.Key, float[]> old = new LinkedHashMap<>();
        for (int i = 0; i < 1_500; i++) {
            old.put(cache.keyOf("old phrasing " + i), new float[] {i, 0, 0, 0});
        }
        cache.putAll(old);
        Set<EmbeddingCache.Key> live = new HashSet<>();
        live.add(cache.keyOf("old phrasing 7"));

        cache.retainOnly(live);
        EmbeddingCache restarted = EmbeddingCache.open(folder, "model-a", DIMENSIONS);

        assertThat(cache.size()).isEqualTo(1);
        assertThat(restarted.size()).isEqualTo(1);
        assertThat(restarted.get(restarted.keyOf("old phrasing 7"))).containsExactly(7, 0, 0, 0);
    }

    @Test
    void aFolderThatCannotBeCreatedKeepsVectorsInMemory() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");

        EmbeddingCache cache = EmbeddingCache.open(notAFolder.resolve("cache"), "model-a", DIMENSIONS);
        cache.putAll(Map.of(cache.keyOf("fees"), new float[] {0, 0, 1, 0}));

        assertThat(cache.file()).isNull();
        assertThat(cache.get(cache.keyOf("fees"))).containsExactly(0, 0, 1, 0);
    }
}
