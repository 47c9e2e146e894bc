package dev.watchkeeper.config.cli;

import dev.watchkeeper.console.ConsoleRenderer;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Choices;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
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

    @Override
    public Integer call() {
        String question = String.join(" ", words);
        try (ConfigurableApplicationContext context =
                ApplicationContexts.start(spec, KnowledgeArguments.properties(kb))) {
            ConversationEngine engine = context.getBean(ConversationEngine.class);
            InboundMessage message = message(question);
            List<Decision> decisions = engine.handle(message.inLanguage(engine.languageOf(message)));
            Decision decision = decisions.isEmpty() ? null : decisions.getFirst();
            String text = decision == null
                    ? ""
                    : context.getBean(ConsoleRenderer.class).render(decision);
            if (!json) {
                if (decision != null) {
                    spec.commandLine().getOut().println(text);
                }
                return CommandLine.ExitCode.OK;
            }
            List<SearchHit> hits = context.getBean(KnowledgeBase.class).search(new SearchQuery(question, lang, 1));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("decision", kind(decision));
            out.put("entry_id", decision instanceof Answer answer ? answer.entryId() : null);
            out.put("confidence", confidence(decision, hits));
            out.put("suggestions", decision instanceof Suggest suggest ? entryIds(suggest.suggestions()) : List.of());
            out.put("text", text);
            spec.commandLine().getOut().println(JsonMapper.builder().build().writeValueAsString(out));
            return CommandLine.ExitCode.OK;
        }
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
