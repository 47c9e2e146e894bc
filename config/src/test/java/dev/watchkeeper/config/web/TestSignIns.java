package dev.watchkeeper.config.web;

import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.web.SignInGate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** One-time sign-in tokens a test mints for the console, taken once like the bot's links. */
final class TestSignIns implements SignInGate.Redeemer {
    private final Map<String, ConsoleGrant> tokens = new ConcurrentHashMap<>();

    /** A fresh token for this member with these roles, valid for ten minutes. */
    String mint(UserRef user, Set<String> platformRoles, ConsoleRole... roles) {
        String token = UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "");
        tokens.put(
                token,
                new ConsoleGrant(
                        user, platformRoles, Set.of(roles), Instant.now().plus(10, ChronoUnit.MINUTES)));
        return token;
    }

    @Override
    public Optional<ConsoleGrant> redeem(String token, Instant now) {
        return Optional.ofNullable(tokens.remove(token))
                .filter(g -> g.expiresAt().isAfter(now));
    }
}
