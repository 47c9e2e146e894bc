package dev.watchkeeper.config.console;

import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.core.signin.ConsoleRoles;
import dev.watchkeeper.core.signin.SignInLinks;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The console demo's sign-in link to the staff web console, printed once at start while the
 * console is on: the demo's staff persona, the agent, who in the demo also moderates and
 * supervises, so that one sign-in shows every page. The persona gets the roles the bot's own
 * rosters give it, as {@code /console} would. Thread-safe; blocks as long as the sign-in store
 * does.
 */
public final class DemoSignInLink {
    private final SignInLinks links;
    private final ConsoleRoles roles;

    DemoSignInLink(SignInLinks links, ConsoleRoles roles) {
        this.links = links;
        this.roles = roles;
    }

    /** The start line with a new one-time link; empty while the console is off. */
    public Optional<String> line() {
        Set<ConsoleRole> held = roles.of(ConsolePersona.AGENT, Set.of());
        if (!links.enabled() || held.isEmpty()) {
            return Optional.empty();
        }
        String token = links.issue(links.grant(ConsolePersona.AGENT, Set.of(), held));
        String named = held.stream()
                .sorted()
                .map(r -> r.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        return Optional.of("Staff console: " + links.link(token) + "\n(signs you in once as "
                + ConsolePersona.AGENT.shownName() + ", " + named + ", within "
                + links.linkTtl().toMinutes()
                + " minutes; /agent then /console sends a new link)");
    }
}
