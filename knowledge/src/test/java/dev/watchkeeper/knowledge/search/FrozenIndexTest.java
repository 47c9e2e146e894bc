package dev.watchkeeper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrozenIndexTest {
    private final FrozenIndex index = new FrozenIndex(
            List.of(doc("deposit not arrived"), doc("withdrawal pending"), doc("deposit pending")),
            new StandardAnalyzer(),
            new BM25Similarity());

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void documentIdsAreTheOrderTheDocumentsWereGivenIn() throws IOException {
        var hits = index.searcher().search(new TermQuery(new Term("f", "withdrawal")), 3);

        assertThat(hits.scoreDocs).extracting(hit -> hit.doc).containsExactly(1);
    }

    @Test
    void termStatesCountTheDocumentsWithATermAndNoneForAWordNoDocumentHas() throws IOException {
        assertThat(index.termStates(new Term("f", "deposit")).docFreq()).isEqualTo(2);
        assertThat(index.termStates(new Term("f", "pending")).docFreq()).isEqualTo(2);
        assertThat(index.termStates(new Term("f", "password")).docFreq()).isZero();
        assertThat(index.termStates(new Term("other", "deposit")).docFreq()).isZero();
    }

    @Test
    void termStatesStayRightAfterMoreWordsThanItRemembers() throws IOException {
        Term deposit = new Term("f", "deposit");
        var first = index.termStates(deposit);

        for (int i = 0; i < 25_000; i++) {
            index.termStates(new Term("f", "word" + i));
        }

        assertThat(index.termStates(deposit).docFreq())
                .isEqualTo(first.docFreq())
                .isEqualTo(2);
        assertThat(index.searcher().search(new TermQuery(deposit, index.termStates(deposit)), 3).scoreDocs)
                .extracting(hit -> hit.doc)
                .containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void deletesItsFolderWhenClosed() {
        Path folder = Objects.requireNonNull(index.folder());
        assertThat(folder).isDirectoryContaining(path -> true);

        index.close();

        assertThat(Files.exists(folder)).isFalse();
    }

    @Test
    void holdsTheIndexOnTheHeapWhenItsFolderCannotBeWritten(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "in the way");
        Path underAFile = file.resolve("index");

        try (FrozenIndex onHeap = new FrozenIndex(
                List.of(doc("deposit not arrived"), doc("withdrawal pending")),
                new StandardAnalyzer(),
                new BM25Similarity(),
                underAFile)) {
            assertThat(onHeap.folder()).isNull();
            assertThat(onHeap.termStates(new Term("f", "deposit")).docFreq()).isEqualTo(1);
        }
        assertThat(file).hasContent("in the way");
    }

    private static Document doc(String text) {
        Document doc = new Document();
        doc.add(new TextField("f", text, Field.Store.NO));
        return doc;
    }
}
