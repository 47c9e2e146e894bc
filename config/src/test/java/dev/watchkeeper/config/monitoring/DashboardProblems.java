package dev.watchkeeper.config.monitoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What would keep Grafana from importing a dashboard or drawing its panels, one line each. */
final class DashboardProblems {
    private static final int GRID_WIDTH = 24;

    private DashboardProblems() {}

    static List<String> of(JsonNode dashboard) {
        List<String> problems = new ArrayList<>();
        if (dashboard.path("title").asString("").isBlank()) {
            problems.add("no title");
        }
        if (dashboard.path("schemaVersion").asInt(0) < 36) {
            problems.add("schemaVersion below 36");
        }
        boolean variable = false;
        for (JsonNode v : dashboard.path("templating").path("list")) {
            variable |= v.path("type").asString("").equals("datasource")
                    && v.path("query").asString("").equals("prometheus")
                    && v.path("name").asString("").equals("DS_PROMETHEUS");
        }
        if (!variable) {
            problems.add("no DS_PROMETHEUS datasource variable");
        }
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : MonitoringFiles.panels(dashboard)) {
            String name =
                    "panel " + panel.path("id") + " (" + panel.path("title").asString("") + ")";
            if (!panel.path("id").isInt() || !ids.add(panel.path("id").asInt())) {
                problems.add(name + ": id missing or not unique");
            }
            JsonNode grid = panel.path("gridPos");
            int x = grid.path("x").asInt(-1);
            int w = grid.path("w").asInt(0);
            if (x < 0
                    || w <= 0
                    || x + w > GRID_WIDTH
                    || grid.path("y").asInt(-1) < 0
                    || grid.path("h").asInt(0) <= 0) {
                problems.add(name + ": gridPos missing or outside the 24-column grid");
            }
            if (panel.path("title").asString("").isBlank()) {
                problems.add(name + ": no title");
            }
            if (panel.path("type").asString("").equals("row")) {
                continue;
            }
            if (!panel.path("datasource").path("uid").asString("").equals("${DS_PROMETHEUS}")) {
                problems.add(name + ": datasource is not ${DS_PROMETHEUS}");
            }
            if (panel.path("fieldConfig")
                    .path("defaults")
                    .path("unit")
                    .asString("")
                    .isBlank()) {
                problems.add(name + ": no unit");
            }
            JsonNode targets = panel.path("targets");
            if (!targets.isArray() || targets.isEmpty()) {
                problems.add(name + ": no targets");
            }
            Set<String> refIds = new HashSet<>();
            for (JsonNode target : targets) {
                if (target.path("expr").asString("").isBlank()) {
                    problems.add(name + ": a target without expr");
                }
                if (!refIds.add(target.path("refId").asString(""))) {
                    problems.add(name + ": refId missing or repeated");
                }
            }
        }
        return problems;
    }
}
