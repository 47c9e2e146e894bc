package dev.watchkeeper.core.conversation;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Choices;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.language.UntranslatedNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Answers questions from the knowledge base: searches, applies the {@link AnswerPolicy} and
 * builds the decisions with their choices, in the member's language: the knowledge base is asked
 * in it, and an entry that comes back in another language (it has no translation yet) starts with
 * one line, in the member's language, saying so. Thread-safe; blocks only as long as the
 * knowledge base does.
 */
public final class FaqResponder {
    private static final int SEARCH_LIMIT = 5;
    private static final int LIST_LIMIT = 5;

    private final KnowledgeBase knowledgeBase;
    private final AnswerPolicy policy;
    private final Translations<BotTexts> texts;

    public FaqResponder(KnowledgeBase knowledgeBase, AnswerPolicy policy, Translations<BotTexts> texts) {
        this.knowledgeBase = knowledgeBase;
        this.policy = policy;
        this.texts = texts;
    }

    /** The outcome of a question: what to say, and the conversation state afterwards. */
    public record Result(List<Decision> decisions, ConversationState state) {
        public Result {
            decisions = List.copyOf(decisions);
        }
    }

    /** Answers, suggests or falls back for a question that addresses the bot. */
    public Result answer(String question, ConversationState state, ReplyTarget to) {
        List<SearchHit> hits = knowledgeBase.search(new SearchQuery(question, state.language(), SEARCH_LIMIT));
        return switch (policy.decide(hits)) {
            case AnswerPolicy.Outcome.Confident confident ->
                entryAnswer(confident.hit().entryId(), confident.hit().confidence(), state, to);
            case AnswerPolicy.Outcome.Unsure unsure -> suggest(unsure.candidates(), state, to);
            case AnswerPolicy.Outcome.NothingClose nothing -> fallback(state, to);
        };
    }

    /**
     * Answers a group message that does not address the bot, only when the answer is certain
     * enough for the stricter threshold; otherwise stays silent (empty).
     */
    public Optional<Answer> answerUnaddressed(String question, String language, ReplyTarget to) {
        List<SearchHit> hits = knowledgeBase.search(SearchQuery.byWords(question, language, 1));
        if (!policy.answersUnaddressed(hits)) {
            return Optional.empty();
        }
        SearchHit best = hits.getFirst();
        return knowledgeBase
                .entry(best.entryId(), language)
                .map(entry -> answerDecision(entry, best.confidence(), language, to));
    }

    /** The actions an answer offers (follow-ups, then feedback), in the order shown. */
    public static List<String> offeredActions(Answer answer) {
        List<String> offered = new ArrayList<>(actions(answer.followUps()));
        offered.addAll(actions(answer.feedback()));
        return offered;
    }

    /** Shows an entry the member picked. */
    public Result show(String entryId, ConversationState state, ReplyTarget to) {
        return entryAnswer(entryId, 1.0, state, to);
    }

    /** Lists the entries matching the words of a {@code /faq} command. */
    public Result list(String words, ConversationState state, ReplyTarget to) {
        BotTexts texts = this.texts.in(state.language());
        if (words.isBlank()) {
            return new Result(List.of(Reply.of(to, texts.faqUsage())), state.offered(List.of()));
        }
        List<SearchHit> hits = knowledgeBase.search(new SearchQuery(words, state.language(), LIST_LIMIT)).stream()
                .filter(hit -> hit.confidence() > 0.0)
                .toList();
        if (hits.isEmpty()) {
            return new Result(List.of(Reply.of(to, texts.faqNoResults())), state.offered(List.of()));
        }
        List<Choice> choices = hits.stream()
                .map(hit -> new Choice(hit.title(), Choices.showEntry(hit.entryId())))
                .toList();
        return new Result(List.of(new Reply(to, texts.faqResults(), choices)), state.offered(actions(choices)));
    }

    /** The single "talk to a person" choice, labelled in the member's language. */
    public List<Choice> humanChoice(@Nullable String language) {
        return List.of(new Choice(texts.in(language).humanLabel(), Choices.HUMAN));
    }

    private Result entryAnswer(String entryId, double confidence, ConversationState state, ReplyTarget to) {
        Optional<KnowledgeEntry> entry = knowledgeBase.entry(entryId, state.language());
        if (entry.isEmpty()) {
            return new Result(
                    List.of(Reply.of(to, texts.in(state.language()).expiredChoice())), state.offered(List.of()));
        }
        Answer answer = answerDecision(entry.get(), confidence, state.language(), to);
        return new Result(List.of(answer), state.answered(entryId, offeredActions(answer)));
    }

    private Answer answerDecision(KnowledgeEntry entry, double confidence, @Nullable String language, ReplyTarget to) {
        BotTexts texts = this.texts.in(language);
        List<Choice> followUps = entry.followups().stream()
                .flatMap(id -> knowledgeBase.entry(id, language).stream())
                .map(next -> new Choice(next.title(), Choices.showEntry(next.id())))
                .toList();
        List<Choice> feedback = List.of(
                new Choice(texts.helpfulLabel(), Choices.helpful(entry.id())),
                new Choice(texts.unhelpfulLabel(), Choices.unhelpful(entry.id())));
        return new Answer(
                to,
                entry.id(),
                entry.title(),
                UntranslatedNote.of(entry.lang(), language, texts.onlyInEnglish(), texts.notInYourLanguage())
                        + entry.answer(),
                confidence,
                followUps,
                feedback);
    }

    private Result suggest(List<SearchHit> candidates, ConversationState state, ReplyTarget to) {
        List<Choice> choices = new ArrayList<>();
        for (SearchHit hit : candidates) {
            choices.add(new Choice(hit.title(), Choices.showEntry(hit.entryId())));
        }
        choices.addAll(humanChoice(state.language()));
        return new Result(
                List.of(new Suggest(to, texts.in(state.language()).didYouMean(), choices)),
                state.offered(actions(choices)));
    }

    private Result fallback(ConversationState state, ReplyTarget to) {
        BotTexts texts = this.texts.in(state.language());
        String text = state.consecutiveMisses() >= 1 ? texts.nothingFoundAgain() : texts.nothingFound();
        List<Choice> options = humanChoice(state.language());
        return new Result(List.of(new Fallback(to, text, options)), state.missed(actions(options)));
    }

    private static List<String> actions(List<Choice> choices) {
        return choices.stream().map(Choice::action).toList();
    }
}
