package dev.watchkeeper.core.ticket;

import dev.watchkeeper.core.model.UserRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A fixed {@link StaffDirectory} from configuration: these agents, and anyone with one of these
 * roles. Immutable and thread-safe.
 *
 * <p>Button presses carry no roles, so only the listed agents can use the card's buttons; a
 * deployment that grants staff by role should implement {@link StaffDirectory} in its adapter,
 * over the platform's cached member roles.
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
