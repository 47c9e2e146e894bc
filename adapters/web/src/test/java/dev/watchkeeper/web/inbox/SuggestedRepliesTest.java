package dev.watchkeeper.web.inbox;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static dev.watchkeeper.web.inbox.TicketSamples.NOW;
import static dev.watchkeeper.web.inbox.TicketSamples.member;
import static dev.watchkeeper.web.inbox.TicketSamples.said;
import static dev.watchkeeper.web.inbox.TicketSamples.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.model.Turn.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SuggestedRepliesTest {
    private static final KnowledgeEntry DEPOSIT_EN =
            entry("deposit-missing", "My deposit has not arrived", "Check the explorer.", "where is my deposit");
    private static final KnowledgeEntry DEPOSIT_ES = new KnowledgeEntry(
            "deposit-missing",
            "Mi depósito no ha llegado",
            "es",
            List.of("dónde está mi depósito"),
            List.of(),
            List.of(),
            List.of(),
            "Revisa el explorador.");
    private static final KnowledgeEntry TWO_FA =
            entry("2fa-reset", "Reset 2FA", "Use the reset form.", "lost phone 2fa");

    private final List<SearchQuery> asked = new ArrayList<>();
    private final KnowledgeBase knowledgeBase =
            new Recording(new InMemoryKnowledgeBase(DEPOSIT_EN, DEPOSIT_ES, TWO_FA));
    private final SuggestedReplies suggestions = new SuggestedReplies(knowledgeBase);

    @Test
    void searchesTheMembersLastThreeMessagesAndShowsTheEntriesInTheTicketsLanguage() {
        Ticket ticket = ticketSaying(
                "es",
                said(Speaker.MEMBER, "lost phone 2fa"),
                said(Speaker.MEMBER, "hola"),
                said(Speaker.BOT, "an answer about fees"),
                said(Speaker.MEMBER, "/human"),
                said(Speaker.MEMBER, "dónde está"),
                said(Speaker.AGENT, "what happened?"),
                said(Speaker.MEMBER, "mi depósito"));

        List<Suggestion> found = suggestions.forTicket(ticket);

        assertThat(asked).singleElement().satisfies(query -> {
            assertThat(query.text()).isEqualTo("hola\ndónde está\nmi depósito");
            assertThat(query.language()).isEqualTo("es");
            assertThat(query.limit()).isEqualTo(3);
        });
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.entryId()).isEqualTo("deposit-missing");
            assertThat(s.lang()).isEqualTo("es");
            assertThat(s.answer()).isEqualTo("Revisa el explorador.");
        });
    }

    @Test
    void suggestsNothingBeforeTheMemberHasSaidAnything() {
        assertThat(suggestions.forTicket(ticketSaying("en", said(Speaker.MEMBER, "/human"))))
                .isEmpty();
        assertThat(asked).isEmpty();
    }

    private static Ticket ticketSaying(String language, Turn... turns) {
        return ticket(
                1,
                member(Platform.TELEGRAM, "1"),
                Priority.NORMAL,
                TicketStatus.OPEN,
                language,
                null,
                NOW,
                List.of(turns));
    }

    private final class Recording implements KnowledgeBase {
        private final KnowledgeBase delegate;

        Recording(KnowledgeBase delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<SearchHit> search(SearchQuery query) {
            asked.add(query);
            return delegate.search(query);
        }

        @Override
        public Optional<KnowledgeEntry> entry(String id, @Nullable String language) {
            return delegate.entry(id, language);
        }

        @Override
        public int size() {
            return delegate.size();
        }

        @Override
        public List<KnowledgeEntry> entries() {
            return delegate.entries();
        }
    }
}
