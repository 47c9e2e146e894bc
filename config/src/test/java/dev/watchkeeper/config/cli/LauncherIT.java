package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code ./watchkeeper} launcher as a user runs it: the first run of a command leaves a class
 * cache behind, the next run uses it, and neither puts a word of the JVM's own into the command's
 * output (a {@code check --json} must stay one JSON object).
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {
    private static final Path LAUNCHER = Path.of("..", "watchkeeper");
    private static final String SCAM = "free airdrop claim now https://uniswap-airdrop.xyz connect wallet";

    @TempDir
    Path cache;

    @Test
    void theFirstRunLeavesAClassCacheAndNoRunPrintsTheJvmsNotesOnStdout() throws Exception {
        CommandLineRun first = launch("check", "--json", SCAM);

        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode verdict = JsonMapper.builder().build().readTree(first.out());
        assertThat(verdict.get("verdict").asString()).isEqualTo("scam");
        assertThat(first.out().strip().lines()).hasSize(1);
        List<Path> caches = awaitCache();
        assertThat(caches)
                .singleElement()
                .satisfies(file -> assertThat(file.getFileName().toString()).startsWith("check-"));

        CommandLineRun second = launch("check", "--json", SCAM);

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).doesNotContain("AOT", "CDS");
        assertThat(cacheFiles()).isEqualTo(caches);
    }

    @Test
    void aRunThatFailsLeavesNoCache() throws Exception {
        CommandLineRun run = launch("check", "--watchkeeper.moderation.policy.on-scam=NUKE", SCAM);

        assertThat(run.exitCode()).isEqualTo(2);
        Thread.sleep(2_000);
        assertThat(cacheFiles()).isEmpty();
    }

    private List<Path> awaitCache() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            List<Path> files = cacheFiles();
            if (!files.isEmpty()) {
                return files;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no class cache in " + cache + " two minutes after the first run");
    }

    /** The finished caches: what is still being written ends in {@code .partial} or {@code .config}. */
    private List<Path> cacheFiles() {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(file ->
                            file.toString().endsWith(".aot") || file.toString().endsWith(".jsa"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CommandLineRun launch(String... args) {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("WATCHKEEPER_"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("WATCHKEEPER_CLASS_CACHE_DIR", cache.toString());
        return CommandLineRun.ofProcess(builder);
    }
}
