package dev.watchkeeper.web.inbox;

import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.Turn;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge-base entries that best match what the member said last (their last
 * {@value #RECENT_TURNS} messages, commands left out), in the ticket's language where the entry has
 * it. Thread-safe; uses CPU only, as the knowledge base does.
 */
public final class SuggestedReplies {
    static final int RECENT_TURNS = 3;
    static final int SUGGESTIONS = 3;

    private final KnowledgeBase knowledgeBase;

    public SuggestedReplies(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /** At most {@value #SUGGESTIONS} answers for this ticket, best first; none before the member writes. */
    public List<Suggestion> forTicket(Ticket ticket) {
        List<String> recent = new ArrayList<>();
        List<Turn> turns = ticket.content().transcript();
        for (int i = turns.size() - 1; i >= 0 && recent.size() < RECENT_TURNS; i--) {
            Turn turn = turns.get(i);
            if (turn.speaker() == Turn.Speaker.MEMBER && !turn.text().strip().startsWith("/")) {
                recent.addFirst(turn.text());
            }
        }
        if (recent.isEmpty()) {
            return List.of();
        }
        String language = ticket.language();
        List<Suggestion> suggestions = new ArrayList<>();
        for (SearchHit hit :
                knowledgeBase.search(new SearchQuery(String.join("\n", recent), language, SUGGESTIONS, true))) {
            knowledgeBase
                    .entry(hit.entryId(), language)
                    .ifPresent(entry -> suggestions.add(
                            new Suggestion(entry.id(), entry.title(), entry.lang(), entry.answer(), hit.confidence())));
        }
        return suggestions;
    }
}
