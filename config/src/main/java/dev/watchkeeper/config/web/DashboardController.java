package dev.watchkeeper.config.web;

import dev.watchkeeper.web.dashboard.Chart;
import dev.watchkeeper.web.dashboard.DashboardCharts;
import dev.watchkeeper.web.dashboard.DashboardFigures;
import dev.watchkeeper.web.dashboard.DashboardRange;
import dev.watchkeeper.web.dashboard.DurationText;
import dev.watchkeeper.web.dashboard.SupportDashboard;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The supervisor's dashboard: the page with the range's figures as tables, and the chart data its
 * script draws ({@code /console/dashboard/charts?days=30}), both for the last 7, 30 or 90 days.
 * A range other than those is refused with a one-line reason (400).
 */
@Controller
class DashboardController {
    private final SupportDashboard dashboard;

    DashboardController(SupportDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/console/dashboard")
    String page(
            @RequestParam(name = "days", defaultValue = "") String days, Model model, HttpServletResponse response) {
        DashboardRange range;
        try {
            range = DashboardRange.parse(days, dashboard.today());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            range = DashboardRange.parse("", dashboard.today());
        }
        DashboardFigures figures = dashboard.figures(range);
        model.addAttribute("figures", figures);
        model.addAttribute("choices", DashboardRange.CHOICES);
        model.addAttribute("durations", new DurationFormat());
        return "console/dashboard";
    }

    @GetMapping(path = "/console/dashboard/charts", produces = "application/json")
    @ResponseBody
    ResponseEntity<?> charts(@RequestParam(name = "days", defaultValue = "") String days) {
        DashboardRange range;
        try {
            range = DashboardRange.parse(days, dashboard.today());
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        Map<String, Chart> charts = DashboardCharts.of(dashboard.figures(range));
        return ResponseEntity.ok(charts);
    }

    /** Durations as the page's templates write them. */
    static final class DurationFormat {
        public String of(java.time.@org.jspecify.annotations.Nullable Duration duration) {
            return DurationText.of(duration);
        }
    }
}
