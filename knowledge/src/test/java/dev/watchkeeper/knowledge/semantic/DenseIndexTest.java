package dev.watchkeeper.knowledge.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DenseIndexTest {
    private static float[] unit(float... v) {
        return Vectors.unit(v);
    }

    @Test
    void anEntryVotesWithItsThreeClosestPhrasings() {
        // entry 0 has three phrasings close to the question, entry 1 one that is closer still
        DenseIndex index = new DenseIndex(
                new float[][] {unit(1, 0.3f), unit(1, 0.35f), unit(1, 0.4f), unit(0, 1), unit(1, 0.1f)},
                new int[] {0, 0, 0, 0, 1},
                3);

        DenseIndex.Scores scores = index.search(unit(1, 0));

        assertThat(scores.best(3)).containsExactly(0, 1);
        assertThat(scores.vote(2)).isNaN();
        assertThat(scores.vote(1)).isCloseTo(Vectors.dot(unit(1, 0), unit(1, 0.1f)) / 1.75, within(1e-6));
    }

    @Test
    void bestReturnsAtMostTheEntriesThatHaveVectors() {
        DenseIndex index = new DenseIndex(new float[][] {unit(1, 0), unit(0, 1), unit(1, 1)}, new int[] {2, 0, 1}, 5);

        DenseIndex.Scores scores = index.search(unit(0, 1));

        assertThat(scores.best(10)).containsExactly(0, 1, 2);
        assertThat(scores.best(1)).containsExactly(0);
    }
}
