package dev.watchkeeper.config.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choices;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The running application serves the support metrics (and answer votes) to Prometheus over HTTP. */
class SupportMetricsEndpointIT {
    private static final ChatRef DM = new ChatRef(Platform.CONSOLE, "dm-1", ChatType.PRIVATE);
    private static final UserRef MEMBER = UserRef.member(Platform.CONSOLE, "m-1");

    @Test
    void servesTicketAnswerAndVoteMetricsAtThePrometheusEndpoint() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--server.address=127.0.0.1")) {
            Bot bot = context.getBean(Bot.class);
            Answer answer =
                    bot
                            .handle(InboundMessage.text("1", DM, MEMBER, "my deposit has not arrived", Instant.now()))
                            .stream()
                            .filter(Answer.class::isInstance)
                            .map(Answer.class::cast)
                            .findFirst()
                            .orElseThrow();
            bot.handle(new ChoiceSelected(DM, MEMBER, Choices.unhelpful(answer.entryId()), null, Instant.now()));
            bot.handle(InboundMessage.text("2", DM, MEMBER, "/human", Instant.now()));
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("watchkeeper_bot_answers_total{platform=\"console\"} 1.0")
                    .contains("watchkeeper_tickets_opened_total{category=")
                    .contains("watchkeeper_tickets_backlog 1.0")
                    .contains("watchkeeper_deflection_rate 0.5")
                    .contains("watchkeeper_answer_feedback_total{platform=\"console\",vote=\"unhelpful\"} 1.0");
        }
    }
}
