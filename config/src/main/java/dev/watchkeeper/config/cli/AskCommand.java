package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.conversation.ConversationProperties;
import dev.watchkeeper.config.faq.AnswerProperties;
import dev.watchkeeper.config.faq.KnowledgeBases;
import dev.watchkeeper.config.faq.KnowledgeProperties;
import dev.watchkeeper.config.language.LanguageProperties;
import dev.watchkeeper.config.language.Languages;
import dev.watchkeeper.console.ConsoleRenderer;
import dev.watchkeeper.core.assembly.BotAssembly;
import dev.watchkeeper.core.assembly.FeatureTexts;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.conversation.InMemoryConversationStore;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Choices;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import dev.watchkeeper.language.LinguaLanguageDetector;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code watchkeeper ask "question"}: one question, the reply the bot would give in a private chat.
 * Small talk that needs no reply ("ok") prints nothing, or {@code "decision": "none"}.
 */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Ask the bot one question.")
final class AskCommand implements Callable<Integer> {
    private static final ChatRef CHAT = new ChatRef(Platform.CONSOLE, "ask", ChatType.PRIVATE);
    private static final UserRef MEMBER = UserRef.member(Platform.CONSOLE, "ask");
    private static final String BOT_HANDLE = "watchkeeper";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kb", paramLabel = "DIR", description = "Knowledge-base folder (default: the bundled one).")
    @Nullable
    Path kb;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description = "The member's language as the platform would report it (en, ru, zh, es, pt-BR, tr, …).")
    @Nullable
    String lang;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question.")
    List<String> words = List.of();

    /**
     * Builds the conversation engine alone, through the composition root, from the settings read
     * as the application reads them, without starting the application: no shield, no desks, no
     * store, so the answer comes in a few seconds rather than many.
     */
    @Override
    public Integer call() {
        // the language models take the longest to load: they start before the settings are read
        LinguaLanguageDetector.startLoadingEarly();
        String question = String.join(" ", words);
        Map<String, String> settings = new LinkedHashMap<>(WatchkeeperCommand.settingsOf(spec));
        KnowledgeArguments.properties(kb).forEach((name, value) -> settings.put(name, value.toString()));
        CommandEnvironment environment = CommandEnvironment.of(settings);
        LanguageProperties language = environment.bind(LanguageProperties.class);
        ConversationProperties conversation = environment.bind(ConversationProperties.class);
        AnswerThresholds thresholds =
                explained(() -> environment.bind(AnswerProperties.class).toThresholds());
        KnowledgeProperties knowledge = environment.bind(KnowledgeProperties.class);
        // Lingua loads its models in the background meanwhile
        MemberLanguage languages = new MemberLanguage(Languages.detector(language), conversation.defaultLanguage());
        try (LuceneKnowledgeBase knowledgeBase = explained(() -> KnowledgeBases.open(knowledge))) {
            Clock clock = Clock.systemUTC();
            ConversationEngine engine = BotAssembly.conversationEngine(
                    conversation.toEngineSettings(thresholds, Map.of(Platform.CONSOLE, BOT_HANDLE)),
                    new InMemoryConversationStore(conversation.idleTimeout(), clock),
                    new InMemoryAnswerFeedback(),
                    knowledgeBase,
                    FeatureTexts.of(Languages.catalog(language)).bot(),
                    languages,
                    SmallTalk.bundled(),
                    clock);
            return answer(question, engine, knowledgeBase);
        }
    }

    /** A step that reads the settings, failing as the application's start would: one line. */
    private static <T> T explained(Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            throw StartFailures.explain(e);
        }
    }

    private Integer answer(String question, ConversationEngine engine, KnowledgeBase knowledgeBase) {
        InboundMessage message = message(question);
        List<Decision> decisions = engine.handle(message.inLanguage(engine.languageOf(message)));
        Decision decision = decisions.isEmpty() ? null : decisions.getFirst();
        String text = decision == null ? "" : new ConsoleRenderer().render(decision);
        if (!json) {
            if (decision != null) {
                spec.commandLine().getOut().println(text);
            }
            return CommandLine.ExitCode.OK;
        }
        List<SearchHit> hits = knowledgeBase.search(new SearchQuery(question, lang, 1));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decision", kind(decision));
        out.put("entry_id", decision instanceof Answer answer ? answer.entryId() : null);
        out.put("confidence", confidence(decision, hits));
        out.put("suggestions", decision instanceof Suggest suggest ? entryIds(suggest.suggestions()) : List.of());
        out.put("text", text);
        spec.commandLine().getOut().println(JsonMapper.builder().build().writeValueAsString(out));
        return CommandLine.ExitCode.OK;
    }

    private InboundMessage message(String question) {
        InboundMessage plain = InboundMessage.text("1", CHAT, MEMBER, question, Instant.now());
        return lang == null ? plain : plain.inLanguage(lang);
    }

    /** An answer's own confidence; the best hit's for a suggestion or a fallback; none for anything else. */
    private static double confidence(@Nullable Decision decision, List<SearchHit> hits) {
        return switch (decision) {
            case Answer answer -> answer.confidence();
            case Suggest s -> best(hits);
            case Fallback f -> best(hits);
            case null, default -> 0.0;
        };
    }

    private static double best(List<SearchHit> hits) {
        return hits.stream().findFirst().map(SearchHit::confidence).orElse(0.0);
    }

    private static String kind(@Nullable Decision decision) {
        return switch (decision) {
            case null -> "none";
            case Answer a -> "answer";
            case Suggest s -> "suggest";
            case Fallback f -> "fallback";
            default -> "reply";
        };
    }

    private static List<String> entryIds(List<Choice> choices) {
        return choices.stream()
                .map(choice -> Choices.entryOf(choice.action()))
                .flatMap(Optional::stream)
                .collect(Collectors.toList());
    }
}
