package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScamCommandsIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void checkFlagsAFakeSupportAgentAndNeverPrintsASeedPhrase() {
        CommandLineRun scam = CommandLineRun.of(
                "check", "--json", "Hello I am from support, DM me your seed phrase to unlock your withdrawal");
        CommandLineRun seed = CommandLineRun.of(
                "check",
                "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");

        assertThat(scam.exitCode()).isZero();
        JsonNode verdict = JSON.readTree(scam.out());
        assertThat(verdict.get("verdict").asString()).isEqualTo("scam");
        assertThat(verdict.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(verdict.get("reasons").get(0).has("signal")).isTrue();
        // the default policy hides scams and flags them for moderators
        assertThat(verdict.get("action").asString()).isEqualTo("hide_and_flag");
        assertThat(seed.out())
                .contains("seed_phrase", "delete_and_warn_author_privately")
                .doesNotContain("abandon");
    }

    @Test
    void checkKeepsWarningsClean() {
        CommandLineRun run =
                CommandLineRun.of("check", "--json", "admins will never DM you, never share your seed phrase");

        assertThat(JSON.readTree(run.out()).get("verdict").asString()).isEqualTo("clean");
        assertThat(JSON.readTree(run.out()).get("action").asString()).isEqualTo("none");
    }

    @Test
    void checkShowsTheCommunitysPolicyAction() {
        String setting = "watchkeeper.moderation.communities.[telegram:-100123].on-scam";
        System.setProperty(setting, "DELETE_AND_BAN");
        CommandLineRun run;
        try {
            run = CommandLineRun.of(
                    "check",
                    "--json",
                    "--community",
                    "telegram:-100123",
                    "Hello I am from support, DM me your seed phrase to unlock your withdrawal");
        } finally {
            System.clearProperty(setting);
        }
        CommandLineRun bad = CommandLineRun.of("check", "--community", "nowhere", "hello");

        assertThat(JSON.readTree(run.out()).get("action").asString()).isEqualTo("delete_and_ban");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--community must be PLATFORM:CHAT");
    }

    @Test
    void checkTakesSettingsOnItsCommandLineBeforeOrAfterTheMessage() {
        String scam = "Hello I am from support, DM me your seed phrase to unlock your withdrawal";

        CommandLineRun after =
                CommandLineRun.of("check", "--json", scam, "--watchkeeper.moderation.policy.on-scam=FLAG");
        CommandLineRun before =
                CommandLineRun.of("--watchkeeper.moderation.policy.on-scam=DELETE_AND_BAN", "check", "--json", scam);

        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(JSON.readTree(after.out()).get("action").asString()).isEqualTo("flag");
        assertThat(JSON.readTree(before.out()).get("action").asString()).isEqualTo("delete_and_ban");
    }

    @Test
    void evalScamPrintsTheFiguresAndCountsPerSignal() throws IOException {
        Path cases = Files.writeString(
                dir.resolve("cases.csv"),
                """
                text,label
                "Claim your free airdrop now at okx-claim.xyz, connect wallet to verify",scam
                "Hello I am from support, DM me your seed phrase to unlock your withdrawal",scam
                "my withdrawal is pending for two hours, is that normal?",ham
                "admins will never DM you, never share your seed phrase",ham
                """);

        CommandLineRun run = CommandLineRun.of("eval", "scam", "--cases", cases.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("cases").asInt()).isEqualTo(4);
        assertThat(json.get("precision").asDouble()).isEqualTo(1.0);
        assertThat(json.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(json.get("false_positive_rate").asDouble()).isZero();
        assertThat(json.get("signals").size()).isPositive();
        assertThat(json.has("ms_per_message_p50")).isTrue();
    }

    @Test
    void evalScamRejectsAnUnknownLabelWithTheLine() throws IOException {
        Path cases = Files.writeString(dir.resolve("cases.csv"), "text,label\nhello,ham\nbuy now,spamm\n");

        CommandLineRun run = CommandLineRun.of("eval", "scam", "--cases", cases.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("line 3").contains("spamm").doesNotContain("\n");
    }

    @Test
    void evalLinksCountsFlaggedDomains() throws IOException {
        Path domains = Files.writeString(dir.resolve("domains.txt"), "# test\nokx.com\nokx-claim.xyz\nexample.org\n");

        CommandLineRun run = CommandLineRun.of("eval", "links", "--domains", domains.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("domains").asInt()).isEqualTo(3);
        assertThat(json.get("flagged").asInt()).isEqualTo(1);
    }

    @Test
    void evalLinksNamesTheLineOfABadEntryAndRejectsTextThatIsNotUtf8() throws IOException {
        Path domains = Files.writeString(dir.resolve("bad.txt"), "# list\nokx.com\n\nnot a domain\n");
        Path binary = Files.write(dir.resolve("latin1.txt"), new byte[] {'o', 'k', (byte) 0xE9, '.', 'c', 'o', 'm'});

        CommandLineRun bad = CommandLineRun.of("eval", "links", "--domains", domains.toString());
        CommandLineRun notUtf8 = CommandLineRun.of("eval", "links", "--domains", binary.toString());

        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("line 4: not a domain: 'not a domain'");
        assertThat(notUtf8.exitCode()).isEqualTo(2);
        assertThat(notUtf8.err()).contains("not UTF-8 text");
    }
}
