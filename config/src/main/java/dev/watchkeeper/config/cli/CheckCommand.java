package dev.watchkeeper.config.cli;

import dev.watchkeeper.core.scam.ScamInput;
import dev.watchkeeper.core.scam.ScamReason;
import dev.watchkeeper.core.scam.ScamShield;
import dev.watchkeeper.core.scam.ScamVerdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code watchkeeper check "message"}: the scam shield's verdict on one message, as if an
 * established member posted it in a community chat. Secrets in the message are never printed:
 * the reasons name only their kind.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check one message with the scam shield.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object: verdict, score, reasons, action.")
    boolean json;

    @Parameters(paramLabel = "MESSAGE", arity = "1..*", description = "The message.")
    List<String> words = List.of();

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = ApplicationContexts.start(Map.of())) {
            ScamVerdict verdict = context.getBean(ScamShield.class).check(ScamInput.text(String.join(" ", words)));
            String action = verdict.action().name().toLowerCase(Locale.ROOT);
            var out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, String>> reasons = new ArrayList<>();
                for (ScamReason reason : verdict.reasons()) {
                    reasons.add(Map.of(
                            "signal", reason.signal().name().toLowerCase(Locale.ROOT), "detail", reason.detail()));
                }
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("verdict", verdict.verdict().name().toLowerCase(Locale.ROOT));
                result.put("score", verdict.score());
                result.put("reasons", reasons);
                result.put("action", action);
                out.println(JsonMapper.builder().build().writeValueAsString(result));
            } else {
                out.printf(
                        Locale.ROOT,
                        "verdict  %s%nscore    %.3f%naction   %s%n",
                        verdict.verdict().name().toLowerCase(Locale.ROOT),
                        verdict.score(),
                        action);
                for (ScamReason reason : verdict.reasons()) {
                    out.println("reason   " + reason.signal().name().toLowerCase(Locale.ROOT) + ": " + reason.detail());
                }
            }
            out.flush();
            return CommandLine.ExitCode.OK;
        }
    }
}
