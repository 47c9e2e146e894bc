package dev.watchkeeper.core.conversation;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Choices;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.AnswerVote;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.AnnouncementPosted;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.Inbound;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MemberJoined;
import dev.watchkeeper.core.model.PrivateMessageRefused;
import dev.watchkeeper.core.model.TicketSpaceOpened;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The shared conversation engine: every platform adapter hands it {@link Inbound} events and
 * carries out the {@link Decision decisions} it returns, in order. An empty list means stay
 * silent.
 *
 * <p>A member's "this helped" or "this did not help" counts in {@link AnswerFeedback} only while
 * that choice is on offer in the member's conversation (the bot's latest message to them offered
 * it). The vote withdraws the offer, so a second press is refused like any expired choice.
 *
 * <p>Members are answered in their language: {@link #languageOf} decides it for a message (from
 * what they write, the language remembered for the conversation and the platform's report), and
 * the engine answers a message in the language its {@link InboundMessage#languageHint()} names.
 *
 * <p>Commands are read by the adapters ({@link InboundMessage#command()}); a command that names
 * the bot ({@code /faq@handle}) addresses it even in a group. The bot's own {@code @handle} is
 * taken out of a message's words before anything reads them, so that a question addressed to the
 * bot in a group gets the answer the same words get in private. Small talk ({@link SmallTalk}: greetings, thanks, acknowledgements, goodbyes) addressed to the bot gets a
 * short reply (an acknowledgement none) and is never searched, so it never counts as a miss; in a
 * group, small talk not addressed to the bot gets silence like any chatter.
 *
 * <p>Thread-safe. It never sleeps and never touches the network itself; it blocks only as long as
 * its ports do (an in-memory store never blocks). For a given input and stored state the result
 * is deterministic. It never throws on message content.
 */
public final class ConversationEngine {
    private final EngineSettings settings;
    private final ConversationStore conversations;
    private final FaqResponder faq;
    private final AnswerFeedback feedback;
    private final Translations<BotTexts> texts;
    private final MemberLanguage languages;
    private final SmallTalk smallTalk;
    private final Clock clock;
    private final BotMentions mentions;
    private final QuestionRecorder questions;

    /** An engine that keeps no log of the questions it answered and missed. */
    public ConversationEngine(
            EngineSettings settings,
            ConversationStore conversations,
            FaqResponder faq,
            AnswerFeedback feedback,
            Translations<BotTexts> texts,
            MemberLanguage languages,
            SmallTalk smallTalk,
            Clock clock) {
        this(settings, conversations, faq, feedback, texts, languages, smallTalk, clock, QuestionRecorder.NONE);
    }

    /**
     * @param questions records each answer from the knowledge base and each question nothing was
     *     close to
     */
    public ConversationEngine(
            EngineSettings settings,
            ConversationStore conversations,
            FaqResponder faq,
            AnswerFeedback feedback,
            Translations<BotTexts> texts,
            MemberLanguage languages,
            SmallTalk smallTalk,
            Clock clock,
            QuestionRecorder questions) {
        this.questions = questions;
        this.settings = settings;
        this.conversations = conversations;
        this.faq = faq;
        this.feedback = feedback;
        this.texts = texts;
        this.languages = languages;
        this.smallTalk = smallTalk;
        this.clock = clock;
        this.mentions = new BotMentions(settings);
    }

    /**
     * The language to answer this message in, one of {@link MemberLanguage#SUPPORTED}: the one its
     * words are written in when they tell, else the one remembered for the member's conversation,
     * else the platform's report. Small talk keeps the conversation's language when its phrases are
     * said in it ("ok" from a Russian member), else takes one they are said in ("obrigado" is
     * Portuguese, though too short for a detector to tell). Blocks only as long as the conversation
     * store does.
     */
    public String languageOf(InboundMessage message) {
        String remembered = conversations
                .find(new ConversationKey(message.chat(), message.author().id()))
                .map(ConversationState::language)
                .orElse(null);
        String words = words(message);
        Set<String> said =
                smallTalk.recognise(words).map(SmallTalk.Recognition::languages).orElse(Set.of());
        if (said.isEmpty()) {
            return languages.decide(message.languageHint(), words, remembered);
        }
        if (remembered != null && said.contains(remembered)) {
            return remembered;
        }
        String decided = languages.decide(message.languageHint(), words, null);
        return said.contains(decided)
                ? decided
                : MemberLanguage.SUPPORTED.stream()
                        .filter(said::contains)
                        .findFirst()
                        .orElse(decided);
    }

    /**
     * The words of a message without the bot's mentions and a command's name: {@code /human} is in
     * no language (a detector reads it as Spanish), while {@code /faq retiro} is the member's Spanish.
     */
    private String words(InboundMessage message) {
        BotCommand command = message.command();
        return command == null
                ? mentions.strip(message)
                : mentions.strip(message.chat().platform(), command.arguments());
    }

    /** The apology for a failure on the bot's side, in the given language (English for null). */
    public String apology(@Nullable String language) {
        return texts.in(language).apology();
    }

    /** Decides what to do about one inbound event. */
    public List<Decision> handle(Inbound inbound) {
        if (inbound.author().bot()) {
            return List.of();
        }
        return switch (inbound) {
            case InboundMessage message -> onMessage(message);
            case ChoiceSelected choice -> onChoice(choice);
            case MemberJoined joined -> List.of();
            // reports on the bot's own decisions are the ticket desk's
            case TicketSpaceOpened opened -> List.of();
            case PrivateMessageRefused refused -> List.of();
            case AnnouncementPosted posted -> List.of();
        };
    }

    private List<Decision> onMessage(InboundMessage message) {
        if (message.edited()) {
            return List.of();
        }
        String text = mentions.strip(message);
        BotCommand command = message.command();
        boolean addressed = message.chat().isPrivate()
                || message.mentionsBot()
                || message.replyToBot()
                || (command != null && command.namesBot());
        ConversationKey key =
                new ConversationKey(message.chat(), message.author().id());
        ReplyTarget to = ReplyTarget.replyTo(message);

        if (command != null) {
            Optional<List<Decision>> handled = onCommand(command, message, key, to);
            return handled.orElseGet(() ->
                    addressed ? List.of(Reply.of(to, texts.in(language(message)).help())) : List.of());
        }
        if (!addressed) {
            // chatter the bot leaves alone: its language is never decided
            return settings.answerUnaddressedQuestions()
                            && MessageIntent.looksLikeQuestion(text)
                            && smallTalk.recognise(text).isEmpty()
                    ? answerUnaddressed(text, message, key, to)
                    : List.of();
        }
        BotTexts texts = this.texts.in(language(message));

        ConversationState state = load(key).seen(clock.instant(), language(message));
        OptionalInt pick = MessageIntent.numberPick(text);
        if (pick.isPresent() && pick.getAsInt() <= state.offeredActions().size()) {
            return onAction(state.offeredActions().get(pick.getAsInt() - 1), state, to);
        }
        if (MessageIntent.asksForHuman(text)) {
            return handOver(state, to, HandOver.Reason.REQUESTED);
        }
        Optional<SmallTalk.Recognition> talk = smallTalk.recognise(text);
        if (talk.isPresent()) {
            conversations.save(state);
            return smallTalkReply(talk.get(), texts, to);
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            conversations.save(state);
            return List.of(Reply.of(to, texts.emptyQuestion()));
        }
        String question = cut(text);
        FaqResponder.Result result = faq.answer(question, state, to);
        conversations.save(result.state());
        questions.record(question, result.decisions(), key.platform(), state.language(), state.updatedAt());
        return result.decisions();
    }

    /**
     * A short reply that leaves the conversation as it was: what was on offer stays on offer, and
     * misses are neither counted nor forgiven. An acknowledgement needs no answer.
     */
    private static List<Decision> smallTalkReply(SmallTalk.Recognition talk, BotTexts texts, ReplyTarget to) {
        return switch (talk.kind()) {
            case GREETING -> List.of(Reply.of(to, texts.smallTalkGreeting()));
            case THANKS -> List.of(Reply.of(to, texts.smallTalkThanks()));
            case GOODBYE -> List.of(Reply.of(to, texts.smallTalkGoodbye()));
            case ACKNOWLEDGEMENT -> List.of();
        };
    }

    /** Remembers the choices of an answer nobody asked for, so that its asker may rate it. */
    private List<Decision> answerUnaddressed(String text, InboundMessage message, ConversationKey key, ReplyTarget to) {
        Optional<Answer> answer = faq.answerUnaddressed(cut(text), language(message), to);
        if (answer.isEmpty()) {
            return List.of();
        }
        questions.record(null, List.of(answer.get()), key.platform(), language(message), clock.instant());
        conversations.save(load(key)
                .seen(clock.instant(), language(message))
                .answered(answer.get().entryId(), FaqResponder.offeredActions(answer.get())));
        return List.of(answer.get());
    }

    private Optional<List<Decision>> onCommand(
            BotCommand command, InboundMessage message, ConversationKey key, ReplyTarget to) {
        return switch (command.name()) {
            case "start" ->
                Optional.of(List.of(Reply.of(to, texts.in(language(message)).welcome())));
            case "help" ->
                Optional.of(List.of(Reply.of(to, texts.in(language(message)).help())));
            case "faq" -> {
                ConversationState state = load(key).seen(clock.instant(), language(message));
                FaqResponder.Result result = faq.list(cut(words(message)), state, to);
                conversations.save(result.state());
                yield Optional.of(result.decisions());
            }
            case "human" ->
                Optional.of(
                        handOver(load(key).seen(clock.instant(), language(message)), to, HandOver.Reason.REQUESTED));
            default -> Optional.empty();
        };
    }

    private List<Decision> onChoice(ChoiceSelected choice) {
        ConversationKey key = new ConversationKey(choice.chat(), choice.author().id());
        ConversationState state = load(key).seen(clock.instant(), null);
        ReplyTarget to = ReplyTarget.chat(choice.chat());
        return onAction(choice.action(), state, to);
    }

    private List<Decision> onAction(String action, ConversationState state, ReplyTarget to) {
        if (action.equals(Choices.HUMAN)) {
            return handOver(state, to, HandOver.Reason.REQUESTED);
        }
        Optional<String> entry = Choices.entryOf(action);
        if (entry.isPresent()) {
            FaqResponder.Result result = faq.show(entry.get(), state, to);
            conversations.save(result.state());
            questions.record(null, result.decisions(), state.key().platform(), state.language(), state.updatedAt());
            return result.decisions();
        }
        Optional<String> helpful = Choices.helpfulEntryOf(action);
        Optional<String> unhelpful = Choices.unhelpfulEntryOf(action);
        if ((helpful.isPresent() || unhelpful.isPresent())
                && state.offeredActions().contains(action)) {
            return onVote(helpful.orElseGet(unhelpful::orElseThrow), helpful.isPresent(), state, to);
        }
        conversations.save(state);
        return List.of(Reply.of(to, texts.in(state.language()).expiredChoice()));
    }

    /** The offer is withdrawn before the vote counts, so that no failure lets it count twice. */
    private List<Decision> onVote(String entryId, boolean helpful, ConversationState state, ReplyTarget to) {
        List<Choice> next = helpful ? List.of() : faq.humanChoice(state.language());
        conversations.save(state.offered(next.stream().map(Choice::action).toList()));
        feedback.record(new AnswerVote(entryId, helpful, state.key().platform(), clock.instant()));
        questions.voted(helpful, clock.instant());
        BotTexts texts = this.texts.in(state.language());
        return List.of(new Reply(to, helpful ? texts.thanks() : texts.sorry(), next));
    }

    private List<Decision> handOver(ConversationState state, ReplyTarget to, HandOver.Reason reason) {
        conversations.save(state.offered(List.of()));
        return List.of(
                new HandOver(to, state.key(), reason, texts.in(state.language()).handOver()));
    }

    private ConversationState load(ConversationKey key) {
        return conversations.find(key).orElseGet(() -> ConversationState.fresh(key, clock.instant()));
    }

    private String cut(String text) {
        if (text.length() <= settings.maxQueryChars()) {
            return text;
        }
        int end = settings.maxQueryChars();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The language the message is to be answered in, as decided before it reached the engine. */
    private String language(InboundMessage message) {
        return MemberLanguage.supported(message.languageHint()).orElse(settings.defaultLanguage());
    }
}
