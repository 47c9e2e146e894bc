package dev.watchkeeper.core.signin;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.ticket.staff.StaffDirectory;
import java.util.EnumSet;
import java.util.Set;

/**
 * The console roles the bot knows a member by, from the same sources its chat checks read: the
 * moderation roster makes a {@link ConsoleRole#MODERATOR}, the ticket desk's staff directory an
 * {@link ConsoleRole#AGENT}, the supervisor roster a {@link ConsoleRole#SUPERVISOR}. Platform
 * roles count as they do in chat, so a member staff by a role is known as such only where the
 * platform reports it (a group or server chat, not a private one). Immutable and thread-safe; never
 * blocks (the staff directory answers from memory).
 *
 * @param moderators who moderates
 * @param staff who works tickets
 * @param supervisors who sees the dashboard
 */
public record ConsoleRoles(ModeratorRoster moderators, StaffDirectory staff, SupervisorRoster supervisors) {
    public ConsoleRoles {
        requireNonNull(moderators, "moderators");
        requireNonNull(staff, "staff");
        requireNonNull(supervisors, "supervisors");
    }

    /** The member's console roles; empty when they hold none (and always for a bot). */
    public Set<ConsoleRole> of(UserRef user, Set<String> platformRoles) {
        Set<ConsoleRole> roles = EnumSet.noneOf(ConsoleRole.class);
        if (user.bot()) {
            return roles;
        }
        if (moderators.isModerator(user, platformRoles)) {
            roles.add(ConsoleRole.MODERATOR);
        }
        if (staff.isStaff(user, platformRoles)) {
            roles.add(ConsoleRole.AGENT);
        }
        if (supervisors.isSupervisor(user, platformRoles)) {
            roles.add(ConsoleRole.SUPERVISOR);
        }
        return roles;
    }
}
