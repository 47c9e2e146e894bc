package dev.watchkeeper.config.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Grafana dashboard and the Prometheus files are well formed (their metrics: MonitoringFilesIT). */
class MonitoringFilesTest {

    @Test
    void theDashboardHasUniquePanelIdsAndEveryPanelADatasourceTargetsAUnitAndAPlace() {
        JsonNode dashboard = MonitoringFiles.dashboard();

        assertThat(DashboardProblems.of(dashboard)).isEmpty();
        assertThat(MonitoringFiles.dashboardExpressions(dashboard)).hasSizeGreaterThan(20);
    }

    @Test
    void aDashboardWithARepeatedIdOrAPanelWithoutDatasourceOrTargetsIsRefused() {
        ObjectNode dashboard = (ObjectNode) MonitoringFiles.dashboard();
        List<JsonNode> panels = MonitoringFiles.panels(dashboard);
        ObjectNode second = (ObjectNode) panels.get(2);
        second.put("id", panels.get(1).path("id").asInt());
        second.remove("datasource");
        ((ObjectNode) panels.get(3)).putArray("targets");
        ((ObjectNode) panels.get(4).path("gridPos")).put("x", 20);

        assertThat(DashboardProblems.of(dashboard))
                .anyMatch(p -> p.contains("id missing or not unique"))
                .anyMatch(p -> p.contains("datasource is not"))
                .anyMatch(p -> p.contains("no targets"))
                .anyMatch(p -> p.contains("outside the 24-column grid"));
    }

    @Test
    void aDashboardWithoutTheDatasourceVariableIsRefused() {
        JsonNode dashboard = JsonMapper.builder()
                .build()
                .readTree("{\"title\":\"x\",\"schemaVersion\":39,\"templating\":{\"list\":[]},\"panels\":[]}");

        assertThat(DashboardProblems.of(dashboard)).containsExactly("no DS_PROMETHEUS datasource variable");
    }

    @Test
    void everyAlertRuleHasANameAnExpressionADurationASeverityAndASummary() {
        List<Map<String, Object>> rules = MonitoringFiles.alertRules();

        assertThat(rules).hasSizeGreaterThanOrEqualTo(8);
        assertThat(rules).extracting(rule -> rule.get("alert")).doesNotHaveDuplicates();
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.get("alert")).asString().matches("Watchkeeper[A-Z][A-Za-z]+");
            assertThat(rule.get("expr")).asString().isNotBlank();
            assertThat(rule.get("for")).asString().matches("\\d+[smh]");
            assertThat(rule.get("labels"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .extractingByKey("severity")
                    .isIn("critical", "warning", "info");
            assertThat(rule.get("annotations"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsKeys("summary", "description");
        });
    }

    @Test
    void theAlertsCoverSlaRedisTheSendQueue429sAndSilentPlatforms() {
        List<String> expressions = MonitoringFiles.alertRules().stream()
                .map(rule -> String.valueOf(rule.get("expr")))
                .toList();

        assertThat(String.join("\n", expressions))
                .contains("watchkeeper_sla_breaches_total")
                .contains("watchkeeper_redis_up")
                .contains("watchkeeper_send_queue_depth")
                .contains("watchkeeper_send_rate_limited_total")
                .contains("watchkeeper_updates_last_received_seconds");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesTheBotsEndpointAndLoadsTheAlertRules() {
        Map<String, Object> config = MonitoringFiles.yaml(MonitoringFiles.PROMETHEUS);

        assertThat((List<String>) config.get("rule_files")).containsExactly("alerts.yml");
        Map<String, Object> job = ((List<Map<String, Object>>) config.get("scrape_configs")).getFirst();
        assertThat(job).containsEntry("job_name", "watchkeeper").containsEntry("metrics_path", "/actuator/prometheus");
        assertThat(job.get("static_configs").toString()).contains("watchkeeper:8080");
        assertThat(Duration.parse("PT" + ((Map<String, Object>) config.get("global")).get("scrape_interval")))
                .isPositive();
    }

    @Test
    void metricNamesAreTheIdentifiersThatAreNotFunctionsKeywordsLabelsOrVariables() {
        assertThat(
                        PromQlMetricNames.of(
                                "histogram_quantile(0.99, sum by (instance, le) (rate(watchkeeper_handling_seconds_bucket[$__rate_interval])))"))
                .containsExactly("watchkeeper_handling_seconds_bucket");
        assertThat(
                        PromQlMetricNames.of(
                                "sum(rate(a_total{outcome=\"fallback\", x=~\"b|c\"}[1h])) / on (job) group_left (x) b_total offset 5m > 0.5 and c"))
                .containsExactly("a_total", "b_total", "c");
        assertThat(PromQlMetricNames.of("time() - last_seconds{platform!=\"console\"} > 900"))
                .containsExactly("last_seconds");
        assertThat(PromQlMetricNames.of("max_over_time(depth[10m:1m]) > 1e3")).containsExactly("depth");
    }
}
