package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar as a user runs it: a setting the application cannot use stops it with one
 * line that names the setting and says what it must be, and exit code 2.
 */
class SettingErrorsIT {

    @Test
    void aValueThatIsNoChoiceNamesTheChoices() {
        assertStopsWith(
                CommandLineRun.ofJar("check", "hello", "--watchkeeper.moderation.policy.on-scam=NUKE"),
                "error: watchkeeper.moderation.policy.on-scam: 'NUKE' is not one of LOG_ONLY, FLAG,"
                        + " HIDE_AND_FLAG, DELETE_AND_BAN, DELETE_AND_MUTE");
    }

    @Test
    void aValueOutOfRangeSaysTheRange() {
        assertStopsWith(
                CommandLineRun.ofJar("stats", "--watchkeeper.answer.threshold=2"),
                "error: watchkeeper.answer.threshold: must be less than or equal to 1.0 (found 2.0)");
    }

    @Test
    void aValueOfTheWrongKindSaysWhatKindItMustBe() {
        assertStopsWith(
                CommandLineRun.ofJar("--watchkeeper.tickets.retention=soon"),
                "error: watchkeeper.tickets.retention: 'soon' is not a duration such as 500ms, 30s, 5m or 24h");
    }

    @Test
    void aScamWaveOfOneMessageSaysTheLeastItMustBe() {
        assertStopsWith(
                CommandLineRun.ofJar("stats", "--watchkeeper.moderation.waves.min-messages=1"),
                "error: watchkeeper.moderation.waves.min-messages: must be greater than or equal to 2 (found 1)");
    }

    @Test
    void aScamWaveWindowOfNoTimeSaysItMustBePositive() {
        assertStopsWith(
                CommandLineRun.ofJar("--watchkeeper.moderation.waves.window=0s"),
                "error: watchkeeper.moderation.waves.window: must be positive");
    }

    @Test
    void aMissingKnowledgeBaseFolderNamesTheSetting() {
        assertStopsWith(
                CommandLineRun.ofJar("--watchkeeper.kb.path=/no/such/folder"),
                "error: watchkeeper.kb.path: folder not found: /no/such/folder");
    }

    @Test
    void aLogFormatThatIsNeitherTextNorJsonSaysSoWithoutAWordFromTheLoggingLibrary() {
        assertStopsWith(
                CommandLineRun.ofJar("stats", "--watchkeeper.logs.format=xml"),
                "error: watchkeeper.logs.format: must be text or json");
    }

    @Test
    void aStoreThatDoesNotExistNamesTheStores() {
        assertStopsWith(
                CommandLineRun.ofJar("stats", "--watchkeeper.store=redos"),
                "error: watchkeeper.store: 'redos' is not one of MEMORY, REDIS");
    }

    @Test
    void aRedisUrlThatIsNoUrlSaysWhatOneLooksLike() {
        CommandLineRun run =
                CommandLineRun.ofJar("stats", "--watchkeeper.store=redis", "--watchkeeper.redis.url=localhost:6379");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(linesBesidesProgress(run))
                .singleElement()
                .asString()
                .startsWith("error: watchkeeper.redis.url: not a Redis URL (")
                .contains("redis://host:6379");
    }

    @Test
    void aWebhookUrlThatCannotBePostedToNamesTheSettingWithoutShowingTheUrl() {
        assertStopsWith(
                CommandLineRun.ofJar(
                        "--watchkeeper.webhooks.endpoints[0].url=hooks.example.com/in?token=abc",
                        "--watchkeeper.webhooks.endpoints[0].secret=s3cret-s3cret-s3cret"),
                "error: watchkeeper.webhooks.endpoints[0].url: must be an absolute http or https URL with a host");
    }

    /** Exit code 2, and besides progress lines only {@code line} on stderr. */
    private static void assertStopsWith(CommandLineRun run, String line) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(linesBesidesProgress(run)).containsExactly(line);
        // where a JVM that crashes on the way out (native code still loading) prints its report
        assertThat(run.out()).isEmpty();
    }

    /** Stderr without the INFO lines that report progress (the knowledge base may load first). */
    static List<String> linesBesidesProgress(CommandLineRun run) {
        return run.errLines().stream()
                .filter(line -> !line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} +INFO .*"))
                .toList();
    }
}
