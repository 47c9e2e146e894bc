package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AskCommandIT {
    @TempDir
    Path kb;

    @Test
    void answersFromTheGivenFolderAsJson() throws IOException {
        TestKnowledgeBase.write(kb);

        CommandLineRun run = CommandLineRun.of("ask", "--kb", kb.toString(), "--json", "how do I reset 2fa");

        assertThat(run.exitCode()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("decision").asString()).isEqualTo("answer");
        assertThat(json.get("entry_id").asString()).isEqualTo("reset-2fa");
        assertThat(json.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("suggestions").isArray()).isTrue();
        assertThat(json.get("text").asString()).contains("reset form");
    }

    @Test
    void fallsBackWhenNothingIsClose() throws IOException {
        TestKnowledgeBase.write(kb);

        CommandLineRun run =
                CommandLineRun.of("ask", "--kb", kb.toString(), "--json", "what is the capital of Mongolia");

        assertThat(run.exitCode()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("decision").asString()).isIn("fallback", "suggest");
        assertThat(json.get("entry_id").isNull()).isTrue();
    }

    @Test
    void answersFromTheBundledKnowledgeBaseByDefault() {
        CommandLineRun run = CommandLineRun.of("ask", "my deposit has not arrived");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isNotBlank();
    }

    @Test
    void aMissingFolderIsAOneLineErrorWithExitCode2() {
        CommandLineRun run = CommandLineRun.of("ask", "--kb", kb.resolve("nope").toString(), "hello");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .startsWith("error: knowledge-base folder not found")
                .doesNotContain("\n");
    }
}
