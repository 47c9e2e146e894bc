package dev.watchkeeper.config.web;

import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleRole;
import java.util.Locale;

/**
 * The signed-in member as the pages show them: name, platform and roles.
 *
 * @param name the name shown in chats
 * @param platform the platform, lower-case
 * @param moderator holds the moderator role
 * @param agent holds the agent role
 * @param supervisor holds the supervisor role
 */
public record ConsoleMember(String name, String platform, boolean moderator, boolean agent, boolean supervisor) {
    static ConsoleMember of(ConsoleGrant grant) {
        return new ConsoleMember(
                grant.user().shownName(),
                grant.user().platform().name().toLowerCase(Locale.ROOT),
                grant.has(ConsoleRole.MODERATOR),
                grant.has(ConsoleRole.AGENT),
                grant.has(ConsoleRole.SUPERVISOR));
    }
}
