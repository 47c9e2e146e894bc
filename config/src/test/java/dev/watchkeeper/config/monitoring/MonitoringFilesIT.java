package dev.watchkeeper.config.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.redis.TestRedis;
import dev.watchkeeper.telegram.FakeBotApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every metric the Grafana dashboard and the alert rules name is served, under that exact name, by
 * the application's {@code /actuator/prometheus}: the bot on Redis and Telegram (a Bot API on
 * 127.0.0.1), with the HTTP server on a free port, so that every meter it can have is there.
 */
class MonitoringFilesIT {
    /** Series Prometheus makes itself for every scrape, never in the application's exposition. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up");

    private static final FakeBotApi api = new FakeBotApi();
    private static ConfigurableApplicationContext context;
    private static String exposition;

    @BeforeAll
    static void scrape() throws Exception {
        TestRedis redis = TestRedis.shared();
        context = new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--watchkeeper.store=redis",
                        "--watchkeeper.redis.url=" + redis.url(),
                        "--watchkeeper.redis.prefix=" + TestRedis.freshPrefix(),
                        "--watchkeeper.kb.hot-reload=false",
                        "--watchkeeper.telegram.token=" + FakeBotApi.TOKEN,
                        "--watchkeeper.telegram.api-url=" + api.url());
        ChatRef dm = new ChatRef(Platform.TELEGRAM, "501", ChatType.PRIVATE);
        UserRef member = UserRef.member(Platform.TELEGRAM, "501");
        Bot bot = context.getBean(Bot.class);
        bot.handle(InboundMessage.text("1", dm, member, "my deposit has not arrived", Instant.now()));
        bot.handle(InboundMessage.text("2", dm, member, "/human", Instant.now()));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            exposition = response.body();
        }
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        api.close();
    }

    @Test
    void everyMetricOfTheDashboardIsServedUnderItsExactName() {
        Map<String, Set<String>> missing = missing(MonitoringFiles.dashboardExpressions(MonitoringFiles.dashboard()));

        assertThat(missing)
                .as("dashboard expressions naming metrics the application does not serve")
                .isEmpty();
    }

    @Test
    void everyMetricOfTheAlertRulesIsServedUnderItsExactName() {
        Map<String, Set<String>> missing = missing(MonitoringFiles.alertRules().stream()
                .map(rule -> String.valueOf(rule.get("expr")))
                .toList());

        assertThat(missing)
                .as("alert expressions naming metrics the application does not serve")
                .isEmpty();
    }

    @Test
    void aMisspelledMetricIsCaught() {
        assertThat(missing(java.util.List.of("sum(rate(watchkeeper_question_total[5m]))")))
                .containsOnlyKeys("sum(rate(watchkeeper_question_total[5m]))");
    }

    @Test
    void theNewMetersAreServedBeforeTheirFirstEvent() {
        assertThat(exposition)
                .contains("watchkeeper_redis_up 1")
                .contains("watchkeeper_send_rate_limited_total{platform=\"telegram\"} 0")
                .contains("watchkeeper_moderation_signals_total{signal=\"seed_phrase\"} 0")
                .contains("watchkeeper_tickets_current{status=\"open\"} 1")
                .contains("watchkeeper_tickets_current{status=\"resolved\"} 0")
                .contains("watchkeeper_questions_total{language=\"en\",outcome=\"answered\"} 1")
                .contains("watchkeeper_updates_received_total{platform=\"telegram\"} 2")
                .contains("watchkeeper_handling_seconds_bucket{platform=\"telegram\",le=");
    }

    /** The expressions that name metrics not in the exposition, with those names. */
    private static Map<String, Set<String>> missing(Iterable<String> expressions) {
        Set<String> served = served();
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        for (String expression : expressions) {
            Set<String> unknown = new TreeSet<>(PromQlMetricNames.of(expression));
            unknown.removeAll(served);
            unknown.removeAll(MADE_BY_PROMETHEUS);
            if (!unknown.isEmpty()) {
                missing.put(expression, unknown);
            }
        }
        return missing;
    }

    /** The names of the samples in the exposition (comments and metadata lines left out). */
    private static Set<String> served() {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }
}
