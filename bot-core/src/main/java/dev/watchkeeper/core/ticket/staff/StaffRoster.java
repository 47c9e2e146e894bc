package dev.watchkeeper.core.ticket.staff;

import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.ticket.model.AccountId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A fixed {@link StaffDirectory} from configuration: these agents, and anyone with one of these
 * roles. Immutable and thread-safe.
 *
 * <p>Roles are what the platform reports with each message and button press: Discord's role ids
 * of the member in the server, Telegram's {@code administrator} for the administrators of the
 * staff, moderators' and community chats.
 *
 * @param agents the staff accounts, on any platform
 * @param staffRoles role names or ids that make their holder staff
 */
public record StaffRoster(List<UserRef> agents, Set<String> staffRoles) implements StaffDirectory {
    public StaffRoster {
        agents = List.copyOf(agents);
        staffRoles = Set.copyOf(staffRoles);
    }

    @Override
    public boolean isStaff(UserRef user, Set<String> roles) {
        AccountId account = AccountId.of(user);
        return !user.bot()
                && (agents.stream().map(AccountId::of).anyMatch(account::equals)
                        || roles.stream().anyMatch(staffRoles::contains));
    }

    @Override
    public Optional<UserRef> find(String handleOrId) {
        String wanted = handleOrId.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        return agents.stream()
                .filter(agent -> agent.id().equalsIgnoreCase(wanted)
                        || (agent.username() != null && agent.username().equalsIgnoreCase(wanted)))
                .findFirst();
    }
}
