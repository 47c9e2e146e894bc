package dev.watchkeeper.config.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.incident.IncidentSettings;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The running application takes the incident settings, alerts on a spike, opens an incident from
 * the alert's button, announces it where configured, and serves the incident figures to Prometheus.
 */
class IncidentMetricsEndpointIT {
    private static final ChatRef COMMUNITY = new ChatRef(Platform.CONSOLE, "community", ChatType.GROUP);

    @Test
    void aSpikeAlertsOpensAnnouncesAndIsCountedAtThePrometheusEndpoint() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--watchkeeper.incidents.signals.min-members=3",
                        "--watchkeeper.incidents.signals.factor=3",
                        "--watchkeeper.incidents.announce-channels=console:community")) {
            assertThat(context.getBean(IncidentSettings.class).announceChannels())
                    .containsExactly(COMMUNITY);
            Bot bot = context.getBean(Bot.class);
            List<Decision> all = new ArrayList<>();
            for (int n = 1; n <= 3; n++) {
                UserRef member = UserRef.member(Platform.CONSOLE, "m-" + n);
                ChatRef dm = new ChatRef(Platform.CONSOLE, "dm-" + n, ChatType.PRIVATE);
                all.addAll(bot.handle(InboundMessage.text(
                        String.valueOf(n), dm, member, "my withdrawal is still pending", Instant.now())));
            }
            Reply alert = all.stream()
                    .filter(d -> d instanceof Reply r && r.to().chat().equals(ConsolePersona.STAFF_CHAT))
                    .map(Reply.class::cast)
                    .findFirst()
                    .orElseThrow();
            String open = alert.options().getFirst().action();
            List<Decision> opened = bot.handle(
                    new ChoiceSelected(ConsolePersona.STAFF_CHAT, ConsolePersona.AGENT, open, null, Instant.now()));
            assertThat(opened).anySatisfy(d -> assertThat(d)
                    .isInstanceOfSatisfying(PostAnnouncement.class, p -> assertThat(p.to().chat())
                            .isEqualTo(COMMUNITY)));
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .contains("watchkeeper_incidents_alerts_total 1.0")
                    .contains("watchkeeper_incidents_opened_total 1.0")
                    .contains("watchkeeper_incidents_first_message_to_incident_seconds_count 1");
        }
    }
}
