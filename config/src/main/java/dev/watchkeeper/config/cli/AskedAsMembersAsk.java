package dev.watchkeeper.config.cli;

import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.core.language.MemberLanguage;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A knowledge base searched the way the engine searches it for a member's first message: each
 * question in the language {@link MemberLanguage} decides from its words, else the platform's
 * report, else the community's default. For evaluating question sets as members would meet them.
 *
 * @param platformLanguage the language the platform reports for every member, or null for none
 */
record AskedAsMembersAsk(KnowledgeBase knowledgeBase, MemberLanguage languages, @Nullable String platformLanguage)
        implements KnowledgeBase {
    @Override
    public List<SearchHit> search(SearchQuery query) {
        String asked =
                query.language() != null ? query.language() : languages.decide(platformLanguage, query.text(), null);
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

    @Override
    public List<KnowledgeEntry> entries() {
        return knowledgeBase.entries();
    }
}
