package dev.watchkeeper.config.web;

import dev.watchkeeper.core.signin.ConsoleGrant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every console page the signed-in member ({@code me}), for the navigation and the header. */
@ControllerAdvice(basePackageClasses = ConsolePages.class)
class ConsolePages {
    @ModelAttribute("me")
    @Nullable
    ConsoleMember me(@Nullable Authentication authentication) {
        ConsoleGrant grant = ConsoleAuthentication.grantOf(authentication);
        return grant == null ? null : ConsoleMember.of(grant);
    }
}
