package dev.watchkeeper.core.conversation;

import static dev.watchkeeper.core.faq.InMemoryKnowledgeBase.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Choices;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.FeedbackSummary;
import dev.watchkeeper.core.faq.FeedbackTotals;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConversationEngineTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final ChatRef PRIVATE = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "42", "alice", "Alice", false);
    private static final UserRef BOB = new UserRef(Platform.TELEGRAM, "43", "bob", "Bob", false);
    private static final UserRef OTHER_BOT = new UserRef(Platform.TELEGRAM, "7", "otherbot", "Other", true);

    private static final KnowledgeEntry DEPOSIT = new KnowledgeEntry(
            "deposit-missing",
            "My deposit has not arrived",
            "en",
            List.of("deposit not arrived", "where is my deposit"),
            List.of("deposit"),
            List.of("wrong-network"),
            List.of(),
            "Check the confirmations on the explorer.");
    private static final KnowledgeEntry WRONG_NETWORK = entry(
            "wrong-network", "I sent on the wrong network", "Contact support with the tx hash.", "sent wrong network");
    private static final KnowledgeEntry TWO_FA =
            entry("2fa-reset", "Reset two-factor authentication", "Use the reset form.", "lost phone 2fa reset");

    private final KnowledgeBase knowledgeBase = new InMemoryKnowledgeBase(DEPOSIT, WRONG_NETWORK, TWO_FA);
    private final InMemoryConversationStore store =
            new InMemoryConversationStore(Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC));
    private final InMemoryAnswerFeedback feedback = new InMemoryAnswerFeedback();
    private int messageIds;

    private ConversationEngine engine(boolean answerUnaddressed) {
        return engine(answerUnaddressed, knowledgeBase);
    }

    private ConversationEngine engine(boolean answerUnaddressed, KnowledgeBase kb) {
        AnswerThresholds thresholds = new AnswerThresholds(0.6, 0.3, 0.9);
        Translations<BotTexts> texts = BotTexts.translations(MessageCatalog.bundled());
        EngineSettings settings = new EngineSettings(thresholds, answerUnaddressed, "keeperbot", Map.of(), "en", 200);
        return new ConversationEngine(
                settings,
                store,
                new FaqResponder(kb, new AnswerPolicy(thresholds), texts),
                feedback,
                texts,
                MemberLanguage.byScript(),
                SmallTalk.bundled(),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private InboundMessage message(ChatRef chat, UserRef author, String text) {
        // as an adapter maps it, with the bot's handle
        return InboundMessage.builder(new MessageRef(chat, Integer.toString(++messageIds)), author, NOW)
                .text(text)
                .command(BotCommand.parse(text, Set.of("keeperbot")).orElse(null))
                .build();
    }

    @Test
    void answersConfidentQuestionInPrivateChatWithFollowUpsAndFeedback() {
        List<Decision> decisions = engine(false).handle(message(PRIVATE, MEMBER, "where is my deposit"));

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Answer.class, answer -> {
            assertThat(answer.entryId()).isEqualTo("deposit-missing");
            assertThat(answer.text()).contains("explorer");
            assertThat(answer.followUps())
                    .extracting(Choice::action)
                    .containsExactly(Choices.showEntry("wrong-network"));
            assertThat(answer.feedback())
                    .extracting(Choice::action)
                    .containsExactly(Choices.helpful("deposit-missing"), Choices.unhelpful("deposit-missing"));
        });
    }

    @Test
    void staysSilentInGroupWhenNotAddressed() {
        assertThat(engine(false).handle(message(GROUP, MEMBER, "where is my deposit?")))
                .isEmpty();
    }

    @Test
    void answersInGroupWhenMentionedAndStripsTheMention() {
        InboundMessage mention =
                message(GROUP, MEMBER, "@keeperbot where is my deposit").withMention();

        assertThat(engine(false).handle(mention)).singleElement().isInstanceOfSatisfying(Answer.class, answer -> {
            assertThat(answer.entryId()).isEqualTo("deposit-missing");
            assertThat(answer.to().replyTo()).isEqualTo(mention.id());
        });
    }

    @Test
    void answersUnaddressedGroupQuestionOnlyWhenEnabledAndVeryConfident() {
        ConversationEngine engine = engine(true);

        assertThat(engine.handle(message(GROUP, MEMBER, "where is my deposit?")))
                .singleElement()
                .isInstanceOf(Answer.class);
        assertThat(engine.handle(message(GROUP, MEMBER, "where is my lunch?"))).isEmpty();
        assertThat(engine.handle(message(GROUP, MEMBER, "deposit arrived, thanks all")))
                .as("not a question")
                .isEmpty();
    }

    @Test
    void searchesByMeaningOnlyForQuestionsAskedOfTheBot() {
        List<SearchQuery> queries = new ArrayList<>();
        ConversationEngine engine = engine(true, recording(queries));

        engine.handle(message(GROUP, MEMBER, "where is my deposit?"));
        engine.handle(message(GROUP, MEMBER, "@keeperbot where is my deposit").withMention());
        engine.handle(message(PRIVATE, MEMBER, "where is my deposit"));

        assertThat(queries).extracting(SearchQuery::byMeaning).containsExactly(false, true, true);
    }

    @Test
    void neverAnswersOtherBots() {
        assertThat(engine(false).handle(message(PRIVATE, OTHER_BOT, "where is my deposit")))
                .isEmpty();
        assertThat(engine(false).handle(new ChoiceSelected(PRIVATE, OTHER_BOT, Choices.HUMAN, null, NOW)))
                .isEmpty();
    }

    @Test
    void suggestsCloseEntriesWhenUnsureAndAcceptsAPickByNumber() {
        ConversationEngine engine = engine(false);

        List<Decision> first = engine.handle(message(PRIVATE, MEMBER, "my deposit sent wrong"));

        assertThat(first).singleElement().isInstanceOfSatisfying(Suggest.class, suggest -> assertThat(
                        suggest.suggestions())
                .extracting(Choice::action)
                .contains(Choices.showEntry("deposit-missing"), Choices.HUMAN));
        Suggest suggest = (Suggest) first.getFirst();
        int number =
                suggest.suggestions().stream().map(Choice::action).toList().indexOf(Choices.showEntry("wrong-network"))
                        + 1;
        assertThat(engine.handle(message(PRIVATE, MEMBER, Integer.toString(number))))
                .singleElement()
                .isInstanceOfSatisfying(
                        Answer.class, a -> assertThat(a.entryId()).isEqualTo("wrong-network"));
    }

    @Test
    void fallsBackAndOffersAHumanWhenNothingIsClose() {
        ConversationEngine engine = engine(false);

        List<Decision> decisions = engine.handle(message(PRIVATE, MEMBER, "tell me a joke about penguins"));

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Fallback.class, fallback -> assertThat(
                        fallback.options())
                .extracting(Choice::action)
                .containsExactly(Choices.HUMAN));
        assertThat(engine.handle(message(PRIVATE, MEMBER, "1")))
                .singleElement()
                .isInstanceOfSatisfying(HandOver.class, handOver -> {
                    assertThat(handOver.reason()).isEqualTo(HandOver.Reason.REQUESTED);
                    assertThat(handOver.conversation().userId()).isEqualTo("42");
                });
    }

    @Test
    void countsConsecutiveMissesAndResetsThemOnAnAnswer() {
        ConversationEngine engine = engine(false);
        engine.handle(message(PRIVATE, MEMBER, "penguins"));
        engine.handle(message(PRIVATE, MEMBER, "more penguins"));
        ConversationKey key = new ConversationKey(PRIVATE, "42");

        assertThat(store.find(key))
                .get()
                .extracting(ConversationState::consecutiveMisses)
                .isEqualTo(2);

        engine.handle(message(PRIVATE, MEMBER, "where is my deposit"));
        assertThat(store.find(key))
                .get()
                .extracting(ConversationState::consecutiveMisses)
                .isEqualTo(0);
    }

    @Test
    void handsOverWhenTheMemberAsksForAPerson() {
        assertThat(engine(false).handle(message(PRIVATE, MEMBER, "I want to talk to a human please")))
                .singleElement()
                .isInstanceOf(HandOver.class);
        assertThat(engine(false).handle(message(PRIVATE, MEMBER, "/human")))
                .singleElement()
                .isInstanceOf(HandOver.class);
    }

    @Test
    void buttonPressesShowEntriesAndRecordFeedback() {
        ConversationEngine engine = engine(false);

        assertThat(engine.handle(new ChoiceSelected(PRIVATE, MEMBER, Choices.showEntry("2fa-reset"), null, NOW)))
                .singleElement()
                .isInstanceOfSatisfying(
                        Answer.class, a -> assertThat(a.entryId()).isEqualTo("2fa-reset"));
        assertThat(engine.handle(new ChoiceSelected(PRIVATE, MEMBER, Choices.unhelpful("2fa-reset"), null, NOW)))
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, reply -> assertThat(reply.options())
                        .extracting(Choice::action)
                        .containsExactly(Choices.HUMAN));
        assertThat(engine.handle(new ChoiceSelected(PRIVATE, MEMBER, "no-such-action", null, NOW)))
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, reply -> assertThat(reply.text())
                        .isEqualTo(BotTexts.english().expiredChoice()));
    }

    @Test
    void votingTwiceOnAnAnswerCountsOnce() {
        ConversationEngine engine = engine(false);
        engine.handle(message(PRIVATE, MEMBER, "where is my deposit"));

        List<Decision> first = press(engine, PRIVATE, MEMBER, Choices.helpful("deposit-missing"));
        List<Decision> again = press(engine, PRIVATE, MEMBER, Choices.helpful("deposit-missing"));
        List<Decision> changedMind = press(engine, PRIVATE, MEMBER, Choices.unhelpful("deposit-missing"));

        assertReply(first, BotTexts.english().thanks());
        assertReply(again, BotTexts.english().expiredChoice());
        assertReply(changedMind, BotTexts.english().expiredChoice());
        assertThat(feedback.totals("deposit-missing")).isEqualTo(new FeedbackTotals(1, 0));
        assertThat(feedback.summary(5).byPlatform()).containsOnlyKeys(Platform.TELEGRAM);
    }

    @Test
    void aVoteOnAnAnswerThatWasNotOfferedIsRefusedAsExpired() {
        ConversationEngine engine = engine(false);
        List<Decision> unasked = press(engine, PRIVATE, MEMBER, Choices.unhelpful("2fa-reset"));
        engine.handle(message(PRIVATE, MEMBER, "where is my deposit"));

        List<Decision> otherEntry = press(engine, PRIVATE, MEMBER, Choices.unhelpful("2fa-reset"));
        List<Decision> otherMember = press(engine, PRIVATE, BOB, Choices.unhelpful("deposit-missing"));

        assertReply(unasked, BotTexts.english().expiredChoice());
        assertReply(otherEntry, BotTexts.english().expiredChoice());
        assertReply(otherMember, BotTexts.english().expiredChoice());
        assertThat(feedback.summary(5)).isEqualTo(FeedbackSummary.none());
    }

    @Test
    void anUnhelpfulVoteCountsAndStillOffersAHuman() {
        ConversationEngine engine = engine(false);
        engine.handle(message(PRIVATE, MEMBER, "where is my deposit"));

        List<Decision> sorry = press(engine, PRIVATE, MEMBER, Choices.unhelpful("deposit-missing"));

        assertThat(sorry).singleElement().isInstanceOfSatisfying(Reply.class, reply -> {
            assertThat(reply.text()).isEqualTo(BotTexts.english().sorry());
            assertThat(reply.options()).extracting(Choice::action).containsExactly(Choices.HUMAN);
        });
        assertThat(feedback.totals("deposit-missing")).isEqualTo(new FeedbackTotals(0, 1));
        assertThat(engine.handle(message(PRIVATE, MEMBER, "1"))).singleElement().isInstanceOf(HandOver.class);
    }

    @Test
    void aVoteTypedAsItsNumberCounts() {
        ConversationEngine engine = engine(false);
        List<Decision> answered = engine.handle(message(PRIVATE, MEMBER, "where is my deposit"));
        Answer answer = (Answer) answered.getFirst();
        int helpful = answer.followUps().size() + 1;

        assertReply(
                engine.handle(message(PRIVATE, MEMBER, Integer.toString(helpful))),
                BotTexts.english().thanks());
        assertThat(feedback.totals("deposit-missing")).isEqualTo(new FeedbackTotals(1, 0));
    }

    @Test
    void theMemberAnAnswerNobodyAskedForWentToMayRateIt() {
        ConversationEngine engine = engine(true);
        engine.handle(message(GROUP, MEMBER, "where is my deposit?"));

        List<Decision> asker = press(engine, GROUP, MEMBER, Choices.helpful("deposit-missing"));
        List<Decision> bystander = press(engine, GROUP, BOB, Choices.helpful("deposit-missing"));

        assertReply(asker, BotTexts.english().thanks());
        assertReply(bystander, BotTexts.english().expiredChoice());
        assertThat(feedback.totals("deposit-missing")).isEqualTo(new FeedbackTotals(1, 0));
    }

    private static List<Decision> press(ConversationEngine engine, ChatRef chat, UserRef who, String action) {
        return engine.handle(new ChoiceSelected(chat, who, action, null, NOW));
    }

    private static void assertReply(List<Decision> decisions, String text) {
        assertThat(decisions).singleElement().isInstanceOfSatisfying(Reply.class, reply -> assertThat(reply.text())
                .isEqualTo(text));
    }

    @Test
    void sharedCommandsWorkInGroupsAndIgnoreOtherBotsCommands() {
        ConversationEngine engine = engine(false);

        assertThat(engine.handle(message(GROUP, MEMBER, "/help")))
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).contains("/faq"));
        assertThat(engine.handle(message(GROUP, MEMBER, "/start@keeperbot")))
                .singleElement()
                .isInstanceOf(Reply.class);
        assertThat(engine.handle(message(GROUP, MEMBER, "/help@someotherbot"))).isEmpty();
        assertThat(engine.handle(message(GROUP, MEMBER, "/unknowncommand"))).isEmpty();
        assertThat(engine.handle(message(PRIVATE, MEMBER, "/unknowncommand")))
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                        .isEqualTo(BotTexts.english().help()));
    }

    @Test
    void faqCommandListsMatchingEntriesAsChoices() {
        ConversationEngine engine = engine(false);

        assertThat(engine.handle(message(PRIVATE, MEMBER, "/faq deposit")))
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, reply -> assertThat(reply.options())
                        .extracting(Choice::action)
                        .contains(Choices.showEntry("deposit-missing")));
        assertThat(engine.handle(message(PRIVATE, MEMBER, "/faq")))
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, reply -> assertThat(reply.text())
                        .isEqualTo(BotTexts.english().faqUsage()));
        assertThat(engine.handle(message(PRIVATE, MEMBER, "/faq penguins")))
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, reply -> assertThat(reply.text())
                        .isEqualTo(BotTexts.english().faqNoResults()));
    }

    @Test
    void ignoresEditedMessages() {
        InboundMessage m = message(PRIVATE, MEMBER, "where is my deposit");
        InboundMessage edited = InboundMessage.builder(m.id(), m.author(), NOW)
                .roles(m.roles())
                .text(m.text())
                .attachments(m.attachments())
                .edited(true)
                .build();

        assertThat(engine(false).handle(edited)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "🙂🙂🙂", "\u0000\u0001\uFFFF\uD800", "депозит 存款 deposit", "?!?!"})
    void neverThrowsOnOddMessages(String text) {
        assertThatCode(() -> engine(false).handle(message(PRIVATE, MEMBER, text)))
                .doesNotThrowAnyException();
    }

    @Test
    void cutsVeryLongMessagesBeforeSearching() {
        List<SearchQuery> queries = new ArrayList<>();

        List<Decision> decisions =
                engine(false, recording(queries)).handle(message(PRIVATE, MEMBER, "deposit ".repeat(1250) + "🙂"));

        assertThat(decisions).hasSize(1);
        assertThat(queries).singleElement().satisfies(q -> assertThat(q.text()).hasSizeLessThanOrEqualTo(200));
    }

    /** The test's knowledge base, recording every search made of it. */
    private KnowledgeBase recording(List<SearchQuery> queries) {
        return new KnowledgeBase() {
            @Override
            public List<SearchHit> search(SearchQuery query) {
                queries.add(query);
                return knowledgeBase.search(query);
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
        };
    }
}
