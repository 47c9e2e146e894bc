package dev.watchkeeper.config.web;

import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleRole;
import java.io.Serial;
import java.util.Locale;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A console session's identity: the grant of the link it signed in with, its console roles as
 * {@code ROLE_MODERATOR}, {@code ROLE_AGENT}, {@code ROLE_SUPERVISOR}. Holds no credential.
 */
final class ConsoleAuthentication extends AbstractAuthenticationToken {
    @Serial
    private static final long serialVersionUID = 1L;

    private final ConsoleGrant grant;

    ConsoleAuthentication(ConsoleGrant grant) {
        super(grant.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
                .toList());
        this.grant = grant;
        setAuthenticated(true);
    }

    ConsoleGrant grant() {
        return grant;
    }

    /** The grant of a console session, or null for anything else. */
    static @org.jspecify.annotations.Nullable ConsoleGrant grantOf(
            @org.jspecify.annotations.Nullable Authentication auth) {
        return auth instanceof ConsoleAuthentication console ? console.grant : null;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return grant.user().platform().name().toLowerCase(Locale.ROOT) + ":"
                + grant.user().id();
    }

    boolean has(ConsoleRole role) {
        return grant.has(role);
    }
}
