package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.shield.ScamAction;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code check} builds the shield alone, not the bot: it must judge every message as the running
 * bot's shield does, under the same settings, and a setting of a part it does not build must not
 * stop it.
 */
class CheckWithoutTheBotIT {
    private static final String COMMUNITY_POLICY =
            "--watchkeeper.moderation.communities.[telegram:-1001].on-scam=DELETE_AND_BAN";
    private static final String OFFICIAL = "--watchkeeper.scam.official-domains=examplex.com";

    private static final List<String> MESSAGES = List.of(
            "Hello I am from support, DM me your seed phrase to unlock your withdrawal",
            "admins will never DM you, never share your seed phrase",
            "my deposit has not arrived after 2 hours, tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
            "free airdrop claim now https://uniswap-airdrop.xyz connect wallet",
            "official announcement: new listing at https://examplex.com/listing and https://examp1ex.com/claim",
            "Хочешь зарабатывать от 500$ в день? Пиши в личку",
            "send 0.1 eth to get 1 eth back, giveaway ends today",
            "gm everyone, withdrawals look slow today");

    @Test
    void judgesEveryMessageAsTheRunningBotsShieldDoes() {
        try (ConfigurableApplicationContext bot = ApplicationContexts.startBot(Map.of(
                "watchkeeper.moderation.communities.[telegram:-1001].on-scam", "DELETE_AND_BAN",
                "watchkeeper.scam.official-domains", "examplex.com"))) {
            ScamShield shield = bot.getBean(ScamShield.class);
            ModerationSettings moderation = bot.getBean(ModerationSettings.class);
            ChatRef community = new ChatRef(Platform.TELEGRAM, "-1001", ChatType.GROUP);
            for (String message : MESSAGES) {
                CommandLineRun run = CommandLineRun.of(
                        "check", "--json", "--community", "telegram:-1001", COMMUNITY_POLICY, OFFICIAL, message);
                assertThat(run.exitCode()).as(run.err()).isZero();
                JsonNode printed = JsonMapper.builder().build().readTree(run.out());
                ScamVerdict expected = shield.check(ScamInput.text(message));
                assertThat(printed.get("verdict").asString())
                        .as(message)
                        .isEqualTo(expected.verdict().name().toLowerCase(Locale.ROOT));
                assertThat(printed.get("score").asDouble()).as(message).isEqualTo(expected.score());
                assertThat(printed.get("reasons"))
                        .as(message)
                        .hasSize(expected.reasons().size());
                assertThat(printed.get("action").asString())
                        .as(message)
                        .isEqualTo(action(expected, moderation.policyOf(community)));
            }
        }
    }

    private static String action(ScamVerdict verdict, ModerationPolicy policy) {
        if (verdict.action() == ScamAction.DELETE_AND_WARN_AUTHOR_PRIVATELY) {
            return "delete_and_warn_author_privately";
        }
        return verdict.verdict() == Verdict.CLEAN
                ? "none"
                : policy.actionFor(verdict.verdict()).name().toLowerCase(Locale.ROOT);
    }

    @Test
    void aSettingOfAPartItDoesNotBuildDoesNotStopIt() {
        CommandLineRun run = CommandLineRun.of(
                "check",
                "--watchkeeper.kb.path=/no/such/folder",
                "free airdrop claim now https://uniswap-airdrop.xyz connect wallet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("verdict  scam");
        assertThat(CommandLineRun.of("ask", "--watchkeeper.kb.path=/no/such/folder", "hi")
                        .exitCode())
                .as("the bot itself refuses that setting")
                .isEqualTo(2);
    }
}
