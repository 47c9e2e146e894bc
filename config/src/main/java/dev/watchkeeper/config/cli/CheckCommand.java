package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.shield.ModerationProperties;
import dev.watchkeeper.config.shield.ScamProperties;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.shield.ScamAction;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Verdict;
import dev.watchkeeper.shield.ShieldComponents;
import dev.watchkeeper.shield.ShieldFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * established member posted it in a community chat, and what the moderation policy would do with
 * it (the deployment's default policy, or a community's with {@code --community}). Secrets in the
 * message are never printed: the reasons name only their kind. With the in-memory store it builds
 * the shield alone, not the bot; with Redis it starts the application, whose store holds the
 * community's own domain lists and what moderators taught the shield.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check one message with the scam shield.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--json",
            description = "Print one JSON object: verdict, score, reasons, action (what the moderation policy does).")
    boolean json;

    @Option(
            names = "--community",
            paramLabel = "PLATFORM:CHAT",
            description = "Use this community's moderation policy (e.g. telegram:-100123) instead of the default.")
    String community;

    @Parameters(paramLabel = "MESSAGE", arity = "1..*", description = "The message.")
    List<String> words = List.of();

    @Override
    public Integer call() {
        CommandEnvironment settings = CommandEnvironment.of(WatchkeeperCommand.settingsOf(spec));
        if (!settings.memoryStore()) {
            // the community's allow and deny lists and what moderators taught the shield are in the store
            try (ConfigurableApplicationContext context = ApplicationContexts.start(spec, Map.of())) {
                return report(context.getBean(ScamShield.class), context.getBean(ModerationSettings.class));
            }
        }
        ScamProperties scam = settings.bind(ScamProperties.class);
        ModerationProperties moderation = settings.bind(ModerationProperties.class);
        try (ShieldComponents components = ShieldFactory.create(scam.toOptions())) {
            return report(
                    components.shield(),
                    new ModerationSettings(
                            Map.of(),
                            moderation.defaultPolicy(),
                            moderation.communityPolicies(),
                            new ModeratorRoster(Set.of(), Set.of())));
        }
    }

    private int report(ScamShield shield, ModerationSettings moderation) {
        ScamVerdict verdict = shield.check(ScamInput.text(String.join(" ", words)));
        String action = action(verdict, policy(moderation));
        var out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, String>> reasons = new ArrayList<>();
            for (ScamReason reason : verdict.reasons()) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("signal", reason.signal().name().toLowerCase(Locale.ROOT));
                fields.put("detail", reason.detail());
                reasons.add(fields);
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

    private ModerationPolicy policy(ModerationSettings settings) {
        if (community == null) {
            return settings.defaultPolicy();
        }
        int colon = community.indexOf(':');
        Platform platform = colon <= 0
                ? null
                : java.util.Arrays.stream(Platform.values())
                        .filter(p -> p.name().equalsIgnoreCase(community.substring(0, colon)))
                        .findFirst()
                        .orElse(null);
        if (platform == null || colon == community.length() - 1) {
            throw new UsageException(
                    "--community must be PLATFORM:CHAT (e.g. telegram:-100123), found '" + community + "'");
        }
        return settings.policyOf(new ChatRef(platform, community.substring(colon + 1), ChatType.GROUP));
    }

    /**
     * What happens to the message: a leaked secret is deleted at once whatever the policy; otherwise
     * the policy's action for the verdict ({@code none} for a clean message).
     */
    private static String action(ScamVerdict verdict, ModerationPolicy policy) {
        if (verdict.action() == ScamAction.DELETE_AND_WARN_AUTHOR_PRIVATELY) {
            return verdict.action().name().toLowerCase(Locale.ROOT);
        }
        if (verdict.verdict() == Verdict.CLEAN) {
            return "none";
        }
        return policy.actionFor(verdict.verdict()).name().toLowerCase(Locale.ROOT);
    }
}
