package dev.watchkeeper.config.web;

import dev.watchkeeper.web.SignInGate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in with a one-time link. Opening the link shows a page with one button; only pressing it
 * (a POST with the token and a CSRF token) uses the link, so that a chat app fetching the link for
 * a preview does not spend it. A used link starts a new session (a new session id) holding the
 * grant, which lasts {@code watchkeeper.web.session-ttl} without use.
 */
@Controller
class SignInController {
    private final SignInGate gate;
    private final Duration sessionTtl;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInController(SignInGate gate, WebConsoleProperties properties) {
        this.gate = gate;
        this.sessionTtl = properties.sessionTtl();
    }

    @GetMapping("/console/sign-in")
    String page(@RequestParam(name = "token", required = false) @Nullable String token, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        return "console/sign-in";
    }

    @PostMapping("/console/sign-in")
    String signIn(
            @RequestParam(name = "token", defaultValue = "") String token,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        SignInGate.Attempt attempt = gate.signIn(request.getRemoteAddr(), token.strip());
        if (attempt instanceof SignInGate.Attempt.Granted granted) {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession().setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, sessionTtl.toSeconds()));
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ConsoleAuthentication(granted.grant()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            return "redirect:/console";
        }
        response.setStatus(attempt instanceof SignInGate.Attempt.Throttled ? 429 : HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("token", "");
        model.addAttribute("failure", attempt instanceof SignInGate.Attempt.Throttled ? "throttled" : "refused");
        return "console/sign-in";
    }

    @GetMapping("/console/signed-out")
    String signedOut() {
        return "console/signed-out";
    }
}
