package dev.watchkeeper.web.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.faq.AnswerVote;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.model.Platform;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeCatalogTest {
    private final InMemoryAnswerFeedback feedback = new InMemoryAnswerFeedback();
    private final KnowledgeCatalog catalog = new KnowledgeCatalog(
            new InMemoryKnowledgeBase(
                    entry("withdrawal-pending", "ru", "Вывод в ожидании", "withdrawal"),
                    entry("withdrawal-pending", "en", "Withdrawal pending", "withdrawal"),
                    entry("withdrawal-pending", "zh", "提现待处理", "withdrawal"),
                    entry("deposit-missing", "en", "Deposit not arrived", "deposit"),
                    entry("deposit-missing", "es", "Depósito no llegó", "deposit"),
                    entry("fees", "ru", "Комиссии", "fees")),
            feedback);

    @Test
    void listsEveryEntryByIdWithItsLanguagesInTheSupportedOrderAndThoseItLacks() {
        List<EntryRow> rows = catalog.rows(KnowledgeFilter.ALL);

        assertThat(rows).extracting(EntryRow::id).containsExactly("deposit-missing", "fees", "withdrawal-pending");
        EntryRow withdrawal = rows.get(2);
        assertThat(withdrawal.title()).isEqualTo("Withdrawal pending");
        assertThat(withdrawal.languages()).containsExactly("en", "ru", "zh");
        assertThat(withdrawal.missing()).containsExactly("es", "pt", "tr");
        assertThat(withdrawal.tags()).containsExactly("withdrawal");
        assertThat(rows.get(1).title()).as("no English version: its first").isEqualTo("Комиссии");
    }

    @Test
    void showsTheVotesOnEachEntry() {
        feedback.record(new AnswerVote("fees", false, Platform.TELEGRAM, Instant.EPOCH));
        feedback.record(new AnswerVote("fees", false, Platform.DISCORD, Instant.EPOCH));
        feedback.record(new AnswerVote("fees", true, Platform.DISCORD, Instant.EPOCH));

        EntryRow fees = catalog.rows(new KnowledgeFilter(null, "fees")).getFirst();

        assertThat(fees.helpful()).isEqualTo(1);
        assertThat(fees.unhelpful()).isEqualTo(2);
        assertThat(catalog.rows(KnowledgeFilter.ALL).getFirst().helpful()).isZero();
    }

    @Test
    void filtersByAMissingLanguageAndByWordsOfAnyTitle() {
        assertThat(catalog.rows(new KnowledgeFilter("zh", "")))
                .extracting(EntryRow::id)
                .containsExactly("deposit-missing", "fees");
        assertThat(catalog.rows(new KnowledgeFilter(null, "  PENDING ")))
                .extracting(EntryRow::id)
                .containsExactly("withdrawal-pending");
        assertThat(catalog.rows(new KnowledgeFilter(null, "depósito")))
                .extracting(EntryRow::id)
                .containsExactly("deposit-missing");
        assertThat(catalog.rows(new KnowledgeFilter("es", "deposit"))).isEmpty();
    }

    @Test
    void refusesALanguageTheBotDoesNotSupport() {
        assertThatThrownBy(() -> new KnowledgeFilter("de", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("missing must be one of [en, ru, zh, es, pt, tr], not de");
        assertThat(new KnowledgeFilter(" ", null).missing()).isNull();
    }

    private static KnowledgeEntry entry(String id, String lang, String title, String tag) {
        return new KnowledgeEntry(id, title, lang, List.of(title), List.of(tag), List.of(), List.of(), "answer");
    }
}
