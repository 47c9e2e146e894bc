package dev.watchkeeper.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.Mentions;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.language.FakeLanguageDetector;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberLanguageFlowTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final ChatRef PRIVATE = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);
    private static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "42", "ana", "Ana", false);

    private final BotFixture fixture = new BotFixture(
            InMemoryKnowledgeBase.fromResource("multilingual-kb.tsv"),
            new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP),
            new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP),
            new UserRef(Platform.TELEGRAM, "7", "agent", "Agent", false),
            new UserRef(Platform.TELEGRAM, "8", "mod", "Mod", false),
            Clock.fixed(NOW, ZoneOffset.UTC),
            Set.of("moderator"),
            new MemberLanguage(
                    new FakeLanguageDetector(Map.of(
                            "mi retiro sigue pendiente", "es",
                            "cómo creo una clave API", "es",
                            "asdf qwerty zxcv", "es",
                            "/human", "es")),
                    "en"));
    private int ids;

    @Test
    void aSpanishQuestionFromAnEnglishClientIsAnsweredInSpanishWithSpanishButtons() {
        List<Decision> decisions = fixture.bot.handle(message("mi retiro sigue pendiente", "en"));

        Answer answer = single(decisions, Answer.class);
        assertThat(answer.title()).isEqualTo("Retiro pendiente");
        assertThat(answer.text()).startsWith("Los retiros se revisan");
        assertThat(answer.feedback()).extracting(Choice::label).containsExactly("Me sirvió", "No me sirvió");
    }

    @Test
    void eachEventIsReportedWithTheLanguageItIsAnsweredInItsDecisionsAndItsTime() {
        List<Decision> decisions = fixture.bot.handle(message("mi retiro sigue pendiente", "en"));

        assertThat(fixture.metrics.handled).singleElement().satisfies(handled -> {
            assertThat(handled.inbound()).isInstanceOfSatisfying(InboundMessage.class, m -> assertThat(m.languageHint())
                    .isEqualTo("es"));
            assertThat(handled.decisions()).isEqualTo(decisions);
            assertThat(handled.took()).isPositive();
        });
    }

    /** A detector reads the bare command as Spanish; a command's name is in no language. */
    @Test
    void humanAddressedToTheBotInAGroupOpensATicketInTheMembersLanguage() {
        ChatRef group = new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP);
        InboundMessage human = InboundMessage.builder(new MessageRef(group, Integer.toString(++ids)), MEMBER, NOW)
                .text("@watchkeeper /human")
                .command(BotCommand.parse("@watchkeeper /human", Set.of("watchkeeper"))
                        .orElse(null))
                .languageHint("en")
                .build()
                .withMention();

        List<Decision> decisions = fixture.bot.handle(human);

        assertThat(decisions).anyMatch(OpenTicketSpace.class::isInstance);
        Reply opened = single(decisions, Reply.class);
        assertThat(opened.mentions()).containsExactly(MEMBER);
        assertThat(Mentions.render(opened.text(), opened.mentions(), UserRef::shownName))
                .startsWith("Ana, I've opened ticket");
    }

    @Test
    void aWordEveryLanguageUsesAfterSpanishKeepsSpanish() {
        fixture.bot.handle(message("mi retiro sigue pendiente", "en"));

        List<Decision> decisions = fixture.bot.handle(message("gm", "en"));

        assertThat(single(decisions, Reply.class).text()).startsWith("¡Hola!");
    }

    @Test
    void anOkAfterSpanishNeedsNoReply() {
        fixture.bot.handle(message("mi retiro sigue pendiente", "en"));

        assertThat(fixture.bot.handle(message("ok", "en"))).isEmpty();
    }

    @Test
    void anArticleWithoutATranslationIsAnsweredInEnglishWithOneLineInTheMembersLanguage() {
        Answer answer = single(fixture.bot.handle(message("cómo creo una clave API", "es")), Answer.class);

        assertThat(answer.text())
                .startsWith("_Este artículo solo está disponible en inglés._\n\n")
                .endsWith("Open Settings, then API management, and press Create key.");
    }

    @Test
    void aFallbackIsInTheMembersLanguage() {
        Fallback fallback = single(fixture.bot.handle(message("asdf qwerty zxcv", "en")), Fallback.class);

        assertThat(fallback.text()).startsWith("Lo siento");
    }

    @Test
    void theHelpTextFollowsThePlatformsLanguageWhenTheWordsDoNotTell() {
        Reply help = single(fixture.bot.handle(message("/help", "tr-TR")), Reply.class);

        assertThat(help.text()).startsWith("Yapabileceklerim");
    }

    private InboundMessage message(String text, String languageCode) {
        return InboundMessage.builder(new MessageRef(PRIVATE, Integer.toString(++ids)), MEMBER, NOW)
                .text(text)
                .command(BotCommand.parse(text, Set.of()).orElse(null))
                .languageHint(languageCode)
                .build();
    }

    private static <T extends Decision> T single(List<Decision> decisions, Class<T> type) {
        return decisions.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + type.getSimpleName() + ": " + decisions);
                })
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + decisions));
    }

    private static String text(Decision decision) {
        return switch (decision) {
            case Reply r -> r.text();
            case Fallback f -> f.text();
            case Answer a -> a.text();
            default -> "";
        };
    }
}
