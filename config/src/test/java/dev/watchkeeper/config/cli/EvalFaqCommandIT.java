package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvalFaqCommandIT {
    @TempDir
    Path dir;

    @Test
    void printsEveryFigureAsJson() throws IOException {
        Path kb = Files.createDirectory(dir.resolve("kb"));
        TestKnowledgeBase.write(kb);
        Path cases = Files.writeString(
                dir.resolve("cases.csv"),
                """
                text,expected_id\r
                "deposit not arrived, help",deposit-missing\r
                lost my phone and authenticator,reset-2fa\r
                withdrawal stuck pending,withdrawal-pending\r
                what's the weather like in Lisbon,\r
                """);

        CommandLineRun run =
                CommandLineRun.of("eval", "faq", "--kb", kb.toString(), "--cases", cases.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("cases").asInt()).isEqualTo(4);
        assertThat(json.get("small_talk").asInt()).isZero();
        assertThat(json.get("top1_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("top3_recall").asDouble()).isEqualTo(1.0);
        for (String key : new String[] {
            "in_scope_accuracy", "oos_recall", "wrong_answer_rate", "ms_per_query_p50", "ms_per_query_p99"
        }) {
            assertThat(json.has(key)).as(key).isTrue();
        }
    }

    @Test
    void countsSmallTalkApartAndNeverAsAWrongAnswer() throws IOException {
        Path cases = Files.writeString(
                dir.resolve("cases.csv"),
                """
                text,expected_id
                my deposit has not arrived,deposit-not-credited
                ok,
                thanks!,
                gm,
                спасибо,
                """);

        CommandLineRun run = CommandLineRun.of("eval", "faq", "--cases", cases.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("cases").asInt()).isEqualTo(5);
        assertThat(json.get("small_talk").asInt()).isEqualTo(4);
        assertThat(json.get("in_scope_accuracy").asDouble()).isEqualTo(1.0);
        assertThat(json.get("wrong_answer_rate").asDouble())
                .as("'ok' used to answer proof-of-address")
                .isZero();
    }

    @Test
    void printsATableWithoutJson() throws IOException {
        Path kb = Files.createDirectory(dir.resolve("kb"));
        TestKnowledgeBase.write(kb);
        Path cases =
                Files.writeString(dir.resolve("cases.csv"), "text,expected_id\nwhere is my deposit,deposit-missing\n");

        CommandLineRun run = CommandLineRun.of("eval", "faq", "--kb", kb.toString(), "--cases", cases.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("top1_accuracy", "1.0000", "oos_recall");
    }

    @Test
    void aMalformedRowIsAOneLineErrorNamingTheLine() throws IOException {
        Path kb = Files.createDirectory(dir.resolve("kb"));
        TestKnowledgeBase.write(kb);
        Path cases = Files.writeString(
                dir.resolve("cases.csv"),
                "text,expected_id\nwhere is my deposit,deposit-missing\nthree,columns,here\n");

        CommandLineRun run = CommandLineRun.of("eval", "faq", "--kb", kb.toString(), "--cases", cases.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .contains("line 3")
                .contains("expected 2 columns")
                .doesNotContain("\n");
    }

    @Test
    void aMissingFolderOrFileIsExitCode2() {
        assertThat(CommandLineRun.of("eval", "faq", "--kb", dir.resolve("none").toString(), "--cases", "x.csv")
                        .exitCode())
                .isEqualTo(2);
        assertThat(CommandLineRun.of(
                                "eval",
                                "faq",
                                "--kb",
                                dir.toString(),
                                "--cases",
                                dir.resolve("none.csv").toString())
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void usesTheBundledKnowledgeBaseWithoutAFolder() throws IOException {
        Path cases = Files.writeString(
                dir.resolve("cases.csv"),
                """
                text,expected_id
                my deposit never showed up in my balance,deposit-not-credited
                how do I turn on two-factor authentication,setup-2fa
                """);

        CommandLineRun run = CommandLineRun.of("eval", "faq", "--cases", cases.toString(), "--lang", "en", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("cases").asInt()).isEqualTo(2);
        assertThat(json.get("top1_accuracy").asDouble()).isEqualTo(1.0);
    }
}
