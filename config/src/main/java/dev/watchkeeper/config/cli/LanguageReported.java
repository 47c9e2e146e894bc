package dev.watchkeeper.config.cli;

import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A knowledge base searched as by members whose platform reports one language: every search
 * without a language gets it. For evaluating a question set written in one language.
 */
record LanguageReported(KnowledgeBase knowledgeBase, String language) implements KnowledgeBase {
    @Override
    public List<SearchHit> search(SearchQuery query) {
        String asked = query.language() == null ? language : query.language();
        return knowledgeBase.search(new SearchQuery(query.text(), asked, query.limit()));
    }

    @Override
    public Optional<KnowledgeEntry> entry(String id, @Nullable String language) {
        return knowledgeBase.entry(id, language);
    }

    @Override
    public int size() {
        return knowledgeBase.size();
    }
}
