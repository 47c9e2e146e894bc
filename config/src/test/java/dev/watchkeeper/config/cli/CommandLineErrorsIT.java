package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar as a user runs it: a mistake on the command line is refused at once with the
 * usage and exit code 2, and nothing starts.
 */
class CommandLineErrorsIT {
    /** The bot's first log line: the application started. */
    private static final String STARTED = "Knowledge base";

    @Test
    void anUnknownCommandPrintsTheUsageAndNeverStartsTheBot() {
        CommandLineRun typo = CommandLineRun.ofJar("chek", "hello");
        CommandLineRun help = CommandLineRun.ofJar("help");

        assertThat(typo.exitCode()).as(typo.err()).isEqualTo(2);
        assertThat(typo.errLines().getFirst()).isEqualTo("error: unknown command 'chek'");
        assertThat(typo.err())
                .contains("Did you mean", "check", "Usage: watchkeeper")
                .doesNotContain(STARTED);
        assertThat(help.exitCode()).as(help.err()).isEqualTo(2);
        assertThat(help.errLines().getFirst()).isEqualTo("error: unknown command 'help'");
        assertThat(help.err()).contains("Usage: watchkeeper").doesNotContain(STARTED);
        assertThat(typo.out() + help.out()).isEmpty();
    }

    @Test
    void anUnknownOptionIsRefusedByEveryCommand() {
        for (String[] args : new String[][] {
            {"ask", "--bogus", "hello"}, {"stats", "--bogus"}, {"check", "hello", "--bogus"}, {"--bogus"}
        }) {
            CommandLineRun run = CommandLineRun.ofJar(args);

            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.errLines().getFirst()).isEqualTo("error: Unknown option: '--bogus'");
            assertThat(run.err()).contains("Usage: watchkeeper").doesNotContain(STARTED);
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aSettingThatDoesNotExistNamesTheSettingsOfItsGroup() {
        CommandLineRun run = CommandLineRun.ofJar("check", "hello", "--watchkeeper.redis.uri=redis://redis:6379");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly("error: --watchkeeper.redis.uri: watchkeeper.redis has no setting 'uri' (it has url,"
                        + " prefix, timeout, buffered-writes, dedup-window, outbound-backlog, outbound-claim-after,"
                        + " learning-sync)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aSettingWithoutItsValueSaysHowToGiveIt() {
        CommandLineRun run = CommandLineRun.ofJar("stats", "--watchkeeper.kb.path", "/srv/kb");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines().getFirst())
                .isEqualTo("error: a setting takes its value after '=': --watchkeeper.kb.path=<value>");
        assertThat(run.err()).contains("Usage: watchkeeper stats").doesNotContain(STARTED);
    }
}
