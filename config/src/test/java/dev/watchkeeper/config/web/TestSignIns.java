package dev.watchkeeper.config.web;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.web.SignInGate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One-time sign-in tokens a test mints for the console, taken once like the bot's links. */
final class TestSignIns implements SignInGate.Redeemer {
    private final Map<String, ConsoleGrant> tokens = new ConcurrentHashMap<>();

    /**
     * The application with the console on a free port of 127.0.0.1 and these tokens as its only
     * links, with the other settings given.
     */
    ConfigurableApplicationContext start(String... settings) {
        List<String> arguments =
                new ArrayList<>(List.of("--watchkeeper.web.port=0", "--server.port=0", "--server.address=127.0.0.1"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .initializers(context ->
                        context.getBeanFactory().registerSingleton("testSignIns", (SignInGate.Redeemer) this))
                .web(WebApplicationType.SERVLET)
                .run(arguments.toArray(String[]::new));
    }

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
