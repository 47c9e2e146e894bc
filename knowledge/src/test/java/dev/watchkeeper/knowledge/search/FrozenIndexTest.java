package dev.watchkeeper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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

    private static Document doc(String text) {
        Document doc = new Document();
        doc.add(new TextField("f", text, Field.Store.NO));
        return doc;
    }
}
