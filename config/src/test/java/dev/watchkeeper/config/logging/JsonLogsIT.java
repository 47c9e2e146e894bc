package dev.watchkeeper.config.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.telegram.FakeBotApi;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code watchkeeper.logs.format=json} writes one JSON object a line, without the bot token. */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsIT {

    @Test
    void everyLogLineIsAJsonObjectWithLevelLoggerAndMessageAndNoToken(CapturedOutput output) {
        try (FakeBotApi api = new FakeBotApi();
                ConfigurableApplicationContext context = new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--watchkeeper.logs.format=json",
                                "--watchkeeper.kb.hot-reload=false",
                                "--watchkeeper.telegram.token=" + FakeBotApi.TOKEN,
                                "--watchkeeper.telegram.api-url=" + api.url())) {
            org.slf4j.LoggerFactory.getLogger(JsonLogsIT.class).warn("a line from the test");
        }

        List<String> lines = Arrays.stream(output.getErr().split("\n"))
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(lines).isNotEmpty();
        JsonMapper json = JsonMapper.builder().build();
        assertThat(lines).allSatisfy(line -> {
            JsonNode event = json.readTree(line);
            assertThat(event.path("log").path("level").asString("")).isNotBlank();
            assertThat(event.path("log").path("logger").asString("")).isNotBlank();
            assertThat(event.path("message").isString()).isTrue();
        });
        assertThat(lines).anySatisfy(line -> assertThat(
                        json.readTree(line).path("message").asString())
                .isEqualTo("a line from the test"));
        assertThat(output.getAll()).doesNotContain(FakeBotApi.TOKEN).doesNotContain("TEST-token");
    }

    @Test
    void withoutTheSettingLogLinesAreTextAndLogbackHasNothingToSayAboutItsConfiguration(CapturedOutput output) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .web(WebApplicationType.NONE)
                .run("--watchkeeper.kb.hot-reload=false")) {
            org.slf4j.LoggerFactory.getLogger(JsonLogsIT.class).warn("a line from the test");
        }

        assertThat(output.getErr())
                .containsPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  WARN .*JsonLogsIT +: a line from the test")
                .doesNotContain("|-WARN")
                .doesNotContain("{\"@timestamp\"");
    }
}
