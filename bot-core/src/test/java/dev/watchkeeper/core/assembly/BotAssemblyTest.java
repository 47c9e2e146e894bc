package dev.watchkeeper.core.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.conversation.InMemoryConversationStore;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.staff.StaffRoster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BotAssemblyTest {
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final ChatRef MEMBER_DM = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);
    private static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP);
    private static final ChatRef MODERATORS = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);
    private static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "42", "alice", "Alice", false);
    private static final UserRef SCAMMER = new UserRef(Platform.TELEGRAM, "66", "helpdesk_team", "Support", false);
    private static final EngineSettings ENGINE = new EngineSettings(
            new AnswerThresholds(0.6, 0.3, 0.9), false, null, Map.of(Platform.TELEGRAM, "watchkeeper"), "en", 1000);

    private final FeatureStores stores = FeatureStores.inMemory(CLOCK);
    private final BotAssembly assembly = BotAssembly.builder(
                    new FeatureSettings(
                            ENGINE,
                            TicketSettings.defaults(STAFF, Map.of(Platform.TELEGRAM, "watchkeeper")),
                            new ModerationSettings(
                                    Map.of(Platform.TELEGRAM, MODERATORS),
                                    ModerationPolicy.defaults(),
                                    Map.of(),
                                    new ModeratorRoster(Set.of(), Set.of()))),
                    stores,
                    BotFixture.oneEntryKnowledgeBase(),
                    TestShields.coreOnly(),
                    new StaffRoster(List.of(), Set.of()))
            .clock(CLOCK)
            .build();
    private int ids;

    @Test
    void theBotAnswersFromTheKnowledgeBase() {
        List<Decision> decisions = assembly.bot().handle(message(MEMBER_DM, MEMBER, "why is my withdrawal pending"));

        assertThat(decisions)
                .filteredOn(Answer.class::isInstance)
                .singleElement()
                .satisfies(d -> assertThat(((Answer) d).entryId()).isEqualTo("withdrawal-pending"));
    }

    @Test
    void aMemberWhoAsksForAPersonGetsATicketInTheGivenStore() {
        assembly.bot().handle(message(MEMBER_DM, MEMBER, "/human"));

        assertThat(stores.tickets().openTicketOf(AccountId.of(MEMBER))).isPresent();
    }

    @Test
    void aScamInTheGroupIsHiddenAndItsCaseKeptInTheGivenStore() {
        List<Decision> decisions = assembly.bot()
                .handle(
                        message(
                                GROUP,
                                SCAMMER,
                                "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal"));

        assertThat(decisions).first().isInstanceOf(DeleteMessage.class);
        assertThat(decisions).anyMatch(FlagForReview.class::isInstance);
        assertThat(stores.cases().open()).hasSize(1);
    }

    @Test
    void theConversationEngineAloneAnswersWithoutTicketsOrModeration() {
        ConversationEngine engine = BotAssembly.conversationEngine(
                ENGINE,
                new InMemoryConversationStore(Duration.ofHours(1), CLOCK),
                new InMemoryAnswerFeedback(),
                BotFixture.oneEntryKnowledgeBase(),
                FeatureTexts.bundled().bot(),
                MemberLanguage.byScript(),
                SmallTalk.bundled(),
                CLOCK);

        List<Decision> decisions = engine.handle(message(MEMBER_DM, MEMBER, "withdrawal pending"));

        assertThat(decisions).filteredOn(Answer.class::isInstance).hasSize(1);
    }

    private InboundMessage message(ChatRef chat, UserRef author, String text) {
        return InboundMessage.text(Integer.toString(++ids), chat, author, text, NOW);
    }
}
