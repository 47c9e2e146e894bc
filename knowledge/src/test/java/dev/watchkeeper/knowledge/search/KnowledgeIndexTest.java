package dev.watchkeeper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.knowledge.analysis.EnglishStemmer;
import dev.watchkeeper.knowledge.analysis.LanguageAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KnowledgeIndexTest {
    private final LanguageAnalysis analysis = new LanguageAnalysis(null, EnglishStemmer.PORTER);
    private final EntryRanker ranker = new EntryRanker(RankingWeights.defaults(), ConfidenceModels.bundled());
    private final KnowledgeIndex index = KnowledgeIndex.build(
            List.of(
                    entry("deposit", "Deposit not arrived", "where is my deposit"),
                    entry("withdraw", "Withdrawal pending", "my withdrawal is stuck")),
            analysis,
            RankingWeights.defaults());

    @AfterEach
    void close() {
        index.close();
        analysis.close();
    }

    @Test
    void keepsItsFilesWhileASearchHoldsItAfterTheOwnerClosedIt() {
        Path phrases = Objects.requireNonNull(index.phrases().folder());
        Path entries = Objects.requireNonNull(index.entryDocuments().folder());
        assertThat(index.tryAcquire()).isTrue();

        index.close();

        assertThat(phrases).isDirectory();
        assertThat(ranker.rank(index, "deposit missing", null, 1))
                .extracting(r -> r.entry().id())
                .containsExactly("deposit");

        index.release();

        assertThat(Files.exists(phrases)).isFalse();
        assertThat(Files.exists(entries)).isFalse();
        assertThat(index.tryAcquire()).isFalse();
    }

    @Test
    void closingTwiceGivesBackTheOwnersReferenceOnce() {
        assertThat(index.tryAcquire()).isTrue();

        index.close();
        index.close();

        assertThat(index.phrases().folder()).isDirectory();
        index.release();
        assertThat(index.tryAcquire()).isFalse();
        assertThatThrownBy(index::release).isInstanceOf(IllegalStateException.class);
    }

    private static KnowledgeEntry entry(String id, String title, String question) {
        return new KnowledgeEntry(id, title, "en", List.of(question), List.of(), List.of(), List.of(), "An answer.");
    }
}
