package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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
    void takesSettingsOnItsCommandLine() throws IOException {
        TestKnowledgeBase.write(kb);

        CommandLineRun run = CommandLineRun.of("ask", "--json", "--watchkeeper.kb.path=" + kb, "how do I reset 2fa");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JsonMapper.builder()
                        .build()
                        .readTree(run.out())
                        .get("entry_id")
                        .asString())
                .isEqualTo("reset-2fa");
    }

    @Test
    void raisingTheAnswerThresholdAloneAboveTheGroupThresholdWorks() {
        CommandLineRun run =
                CommandLineRun.of("ask", "--watchkeeper.answer.threshold=0.9", "--json", "my deposit has not arrived");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"decision\"");
    }

    @Test
    void aGroupThresholdSetBelowTheAnswerThresholdNamesBothSettings() {
        CommandLineRun run = CommandLineRun.of(
                "ask",
                "--watchkeeper.answer.threshold=0.9",
                "--watchkeeper.answer.unaddressed-group-threshold=0.7",
                "my deposit has not arrived");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("error: watchkeeper.answer.unaddressed-group-threshold: 0.7 is below"
                        + " watchkeeper.answer.threshold (0.9): change either, or leave it unset to follow the"
                        + " threshold" + System.lineSeparator());
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
    void aSpanishQuestionRightAfterTheStartIsAnsweredInSpanish() {
        // the language models are still loading when ask puts its one question
        CommandLineRun run = CommandLineRun.of("ask", "--json", "hola, mi retiro sigue pendiente");

        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("entry_id").asString()).isEqualTo("withdrawal-pending");
        assertThat(json.get("text").asString()).startsWith("Mi retiro está pendiente");
    }

    @Test
    void smallTalkGetsItsShortReplyAndAnAcknowledgementNone() {
        CommandLineRun thanks = CommandLineRun.of("ask", "--json", "thanks!");
        CommandLineRun ok = CommandLineRun.of("ask", "--json", "ok");
        CommandLineRun okText = CommandLineRun.of("ask", "ok");

        JsonNode reply = JsonMapper.builder().build().readTree(thanks.out());
        assertThat(reply.get("decision").asString()).isEqualTo("reply");
        assertThat(reply.get("text").asString()).isEqualTo("You're welcome!");
        JsonNode none = JsonMapper.builder().build().readTree(ok.out());
        assertThat(ok.exitCode()).isZero();
        assertThat(none.get("decision").asString())
                .as("'ok' used to answer proof-of-address")
                .isEqualTo("none");
        assertThat(none.get("entry_id").isNull()).isTrue();
        assertThat(okText.exitCode()).isZero();
        assertThat(okText.out()).isEmpty();
    }

    @Test
    void aMissingFolderIsAOneLineErrorWithExitCode2() {
        CommandLineRun run = CommandLineRun.of("ask", "--kb", kb.resolve("nope").toString(), "hello");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .startsWith("error: knowledge-base folder not found")
                .doesNotContain("\n");
    }

    @Test
    void answersInTheLanguageGivenWhenTheEntryHasThatTranslation() throws IOException {
        TestKnowledgeBase.write(kb);
        Files.writeString(
                kb.resolve("deposit-missing.ru.md"),
                """
                ---
                id: deposit-missing
                title: "Депозит не пришёл"
                lang: ru
                tags: [deposit]
                questions:
                  - "депозит не пришел"
                  - "где мое пополнение"
                ---
                Проверьте транзакцию в обозревателе блоков: депозиту нужны подтверждения сети.
                """);

        CommandLineRun run =
                CommandLineRun.of("ask", "--kb", kb.toString(), "--lang", "ru", "--json", "depozit ne prishel");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("entry_id").asString()).isEqualTo("deposit-missing");
        assertThat(json.get("text").asString()).contains("обозревателе блоков");
    }
}
