package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.bot.Bot;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The long-running bot starts a web server only when there is something to serve. */
class BotStartIT {

    @Test
    void consoleDemoWithoutPortStartsWithoutWebServer() {
        try (ConfigurableApplicationContext context =
                ApplicationContexts.startBot(Map.of("watchkeeper.kb.hot-reload", "false"))) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBean(Bot.class)).isNotNull();
        }
    }

    @Test
    void missingKnowledgeBaseFolderFailsTheStartWithItsName() {
        assertThatThrownBy(() -> ApplicationContexts.startBot(Map.of("watchkeeper.kb.path", "/no/such/folder")))
                .isInstanceOf(UsageException.class)
                .hasMessage("watchkeeper.kb.path: folder not found: /no/such/folder");
    }

    @Test
    void consoleDemoWithPortServesHealth() throws Exception {
        try (ConfigurableApplicationContext context = ApplicationContexts.startBot(Map.of(
                        "watchkeeper.kb.hot-reload", "false", "server.port", "0", "server.address", "127.0.0.1"));
                HttpClient client = HttpClient.newHttpClient()) {
            assertThat(context).isInstanceOf(WebServerApplicationContext.class);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
        }
    }
}
