package dev.watchkeeper.core.ticket.staff;

import dev.watchkeeper.core.model.UserRef;
import java.util.Optional;
import java.util.Set;

/**
 * The port that says who is support staff. The desk asks it before every staff action, so a
 * member who forges a button or types a staff command in the wrong place gets nothing.
 * Implementations are thread-safe and answer from memory (an adapter may keep a cache of
 * platform roles); they must not block on the network.
 */
public interface StaffDirectory {
    /**
     * True when this account may act on tickets. {@code roles} are the roles the platform
     * reported with the message or button press, empty when it reports none.
     */
    boolean isStaff(UserRef user, Set<String> roles);

    /** The agent with this handle (with or without {@code @}) or account id, if staff. */
    Optional<UserRef> find(String handleOrId);
}
