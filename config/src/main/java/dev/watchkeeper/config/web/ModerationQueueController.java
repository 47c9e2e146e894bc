package dev.watchkeeper.config.web;

import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.web.queue.AuditView;
import dev.watchkeeper.web.queue.DomainListView;
import dev.watchkeeper.web.queue.MemberHistory;
import dev.watchkeeper.web.queue.QueueActions;
import dev.watchkeeper.web.queue.QueueView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation queue's pages ({@code /console/queue/**}, moderators only by {@link
 * ConsoleSecurity}): the open cases with their one-click and bulk actions, the domain lists, the
 * audit log and a member's history. An action from htmx gets the refreshed part of the page; from
 * a plain form, a redirect to the page (the lines the bot answered shown once). Every action goes
 * through the console gateway, so the core checks the member's moderator role again.
 */
@Controller
class ModerationQueueController {
    private static final String HTMX = "HX-Request";

    private final QueueView queue;
    private final QueueActions actions;
    private final DomainListView domains;
    private final AuditView audit;
    private final MemberHistory history;

    ModerationQueueController(
            QueueView queue, QueueActions actions, DomainListView domains, AuditView audit, MemberHistory history) {
        this.queue = queue;
        this.actions = actions;
        this.domains = domains;
        this.audit = audit;
        this.history = history;
    }

    @GetMapping("/console/queue")
    String cases(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        model.addAttribute("page", queue.page(page));
        return "console/queue/cases";
    }

    /** The case list alone, which an open page fetches again when the live view says it changed. */
    @GetMapping("/console/queue/cases")
    String caseList(@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        model.addAttribute("page", queue.page(page));
        return "console/queue/cases :: cases";
    }

    /**
     * A case's button ({@code press=MC-17:ban}) or, when none was pressed, the action chosen for
     * the selected cases ({@code ids}, {@code action}).
     */
    @PostMapping("/console/queue/actions")
    String act(
            @RequestParam(name = "press", defaultValue = "") String press,
            @RequestParam(name = "ids", required = false) @Nullable List<String> ids,
            @RequestParam(name = "action", defaultValue = "") String action,
            @RequestParam(name = "page", defaultValue = "1") int page,
            @RequestHeader(name = HTMX, required = false) @Nullable String htmx,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ConsoleGrant who = grant(authentication);
        List<String> notices;
        int colon = press.indexOf(':');
        if (colon > 0) {
            notices = actions.press(who, press.substring(0, colon), press.substring(colon + 1));
        } else {
            try {
                notices = actions.pressAll(who, ids == null ? List.of() : ids, action);
            } catch (IllegalArgumentException e) {
                response.setStatus(htmx != null ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
                notices = List.of(e.getMessage());
            }
        }
        return afterAction(notices, page, htmx, model, redirect);
    }

    private String afterAction(
            List<String> notices, int page, @Nullable String htmx, Model model, RedirectAttributes redirect) {
        if (htmx == null) {
            redirect.addFlashAttribute("notices", notices);
            redirect.addAttribute("page", page);
            return "redirect:/console/queue";
        }
        model.addAttribute("notices", notices);
        model.addAttribute("page", queue.page(page));
        return "console/queue/cases :: work";
    }

    @GetMapping("/console/queue/domains")
    String domainLists(Model model) {
        model.addAttribute("lists", domains.lists());
        return "console/queue/domains";
    }

    @PostMapping("/console/queue/domains")
    String editDomainLists(
            @RequestParam(name = "edit", defaultValue = "") String edit,
            @RequestParam(name = "domain", defaultValue = "") String domain,
            Authentication authentication,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("notices", domains.edit(grant(authentication), edit, domain));
            return "redirect:/console/queue/domains";
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("notices", List.of(e.getMessage()));
            model.addAttribute("lists", domains.lists());
            return "console/queue/domains";
        }
    }

    @GetMapping("/console/queue/audit")
    String auditLog(
            @RequestParam(name = "actor", defaultValue = "") String actor,
            @RequestParam(name = "action", defaultValue = "") String action,
            @RequestParam(name = "page", defaultValue = "1") int page,
            Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("windowDays", AuditView.WINDOW.toDays());
        model.addAttribute("page", audit.page(actor, action, page));
        return "console/queue/audit";
    }

    @GetMapping("/console/queue/members/{platform}/{id}")
    String member(@PathVariable String platform, @PathVariable String id, HttpServletResponse response, Model model) {
        try {
            model.addAttribute("history", history.of(platform, id));
            model.addAttribute("windowDays", AuditView.WINDOW.toDays());
            return "console/queue/member";
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("notices", List.of(e.getMessage()));
            return "console/queue/member";
        }
    }

    private static ConsoleGrant grant(Authentication authentication) {
        return Objects.requireNonNull(ConsoleAuthentication.grantOf(authentication));
    }
}
