package dev.watchkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the packaged jar reads its {@code application.yml}, and that the README says so. */
class ConfigurationFileIT {
    private static final Path JAR = Path.of("target", "watchkeeper.jar").toAbsolutePath();

    @Test
    void readsApplicationYmlFromTheWorkingDirectoryAsTheReadmeSays(@TempDir Path workingDirectory) throws Exception {
        assertThat(JAR).as("run after package").exists();
        Files.writeString(workingDirectory.resolve("application.yml"), "watchkeeper.tickets.id-prefix: HELP\n");
        Path input = Files.writeString(workingDirectory.resolve("input.txt"), "I want to talk to a human\n");

        Process process = new ProcessBuilder(javaBinary(), "-jar", JAR.toString())
                .directory(workingDirectory.toFile())
                .redirectInput(input.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).as(out).contains("HELP-1000").doesNotContain("WK-1000");
        assertThat(String.join(" ", Files.readAllLines(Path.of("..", "README.md"))))
                .contains("Set them in an `application.yml` (or `config/application.yml`) in the working directory");
    }

    private static String javaBinary() throws IOException {
        return ProcessHandle.current().info().command().orElseThrow(() -> new IOException("no java binary"));
    }
}
