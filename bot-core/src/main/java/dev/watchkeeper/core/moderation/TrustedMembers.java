package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.model.UserRef;
import java.util.Set;

/** Port: staff and trusted members, whose messages the shield does not score (secrets aside). */
@FunctionalInterface
public interface TrustedMembers {
    /** True when the account, with these roles, is staff or trusted. Must not block. */
    boolean isTrusted(UserRef user, Set<String> roles);
}
