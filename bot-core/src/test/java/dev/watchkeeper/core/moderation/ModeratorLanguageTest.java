package dev.watchkeeper.core.moderation;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Moderators read cases in the staff language while the reporting member keeps theirs. */
class ModeratorLanguageTest {
    private final BotFixture fixture = new BotFixture(
            new InMemoryKnowledgeBase(entry("fees", "Fees", "Fees are listed.", "fees")),
            ModerationDeskTest.STAFF,
            ModerationDeskTest.MODS,
            ModerationDeskTest.AGENT,
            ModerationDeskTest.MODERATOR,
            Clock.fixed(ModerationDeskTest.NOW, ZoneOffset.UTC),
            Set.of("moderator"),
            MemberLanguage.byScript(),
            "ru");

    @Test
    void aRussianModeratorReadsTheCaseInRussianAndTheSpanishReporterIsThankedInSpanish() {
        InboundMessage report = InboundMessage.text(
                        "1",
                        ModerationDeskTest.GROUP,
                        ModerationDeskTest.MEMBER,
                        "/report " + ModerationDeskTest.FAKE_SUPPORT,
                        ModerationDeskTest.NOW)
                .inLanguage("es");

        List<Decision> decisions = fixture.bot.handle(report);

        FlagForReview card = decisions.stream()
                .filter(FlagForReview.class::isInstance)
                .map(FlagForReview.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(card.card())
                .contains(
                        "(оценка ",
                        "· жалоба",
                        "Автор: неизвестен (жалоба отправлена без ответа на сообщение)",
                        "Пожаловался: Alice (@alice)",
                        "Текст (секреты скрыты):",
                        "Сделано автоматически: жалоба пользователя")
                .doesNotContain("Author:", "Reported by:");
        assertThat(card.actions())
                .extracting(Choice::label)
                .containsExactly("Подтвердить: мошенничество", "Отклонить (не мошенничество)");
        assertThat(decisions)
                .filteredOn(Reply.class::isInstance)
                .map(d -> ((Reply) d).text())
                .anySatisfy(text -> assertThat(text).startsWith("Gracias por el reporte"));

        List<Decision> confirmed = fixture.bot.handle(new ChoiceSelected(
                ModerationDeskTest.MODS,
                ModerationDeskTest.MODERATOR,
                card.actions().getFirst().action(),
                null,
                ModerationDeskTest.NOW,
                Set.of()));

        assertThat(((Reply) confirmed.getLast()).text())
                .startsWith(card.caseId() + " подтверждён модератором Mia, действие: подтвердить.")
                .contains("Ничего не выучено");
    }
}
