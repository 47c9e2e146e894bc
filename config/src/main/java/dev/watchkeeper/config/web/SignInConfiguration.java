package dev.watchkeeper.config.web;

import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.signin.ConsoleSignIns;
import dev.watchkeeper.core.signin.SignInLinks;
import dev.watchkeeper.core.signin.SignInSettings;
import dev.watchkeeper.core.signin.SupervisorRoster;
import dev.watchkeeper.web.SignInGate;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Sign-in to the staff web console ({@code watchkeeper.web}): the one-time links {@code /console}
 * sends, kept in the store of {@code watchkeeper.store} ({@link ConsoleSignIns}). While no port is
 * set the links are off and {@code /console} says so.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebConsoleProperties.class)
public class SignInConfiguration {
    private static final String PLATFORMS = Arrays.stream(Platform.values())
            .map(p -> p.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("|"));

    /**
     * The links, made for the console's public address. A console on a port picked at start
     * ({@code watchkeeper.web.port=0}) with no public URL links to the port the server got.
     */
    @Bean
    SignInLinks signInLinks(WebConsoleProperties web, ConsoleSignIns store, Environment environment, Clock clock) {
        SignInSettings settings = settings(web);
        boolean portPickedAtStart = web.enabled()
                && web.port() == 0
                && (web.publicUrl() == null || web.publicUrl().isBlank());
        return portPickedAtStart
                ? new SignInLinks(
                        store,
                        settings,
                        () -> "http://localhost:" + environment.getProperty("local.server.port", "0"),
                        clock)
                : new SignInLinks(store, settings, clock);
    }

    /**
     * The console's sign-in gate redeems links here (a test may put its own in place before the
     * context starts).
     */
    @Bean
    @ConditionalOnMissingBean(SignInGate.Redeemer.class)
    SignInGate.Redeemer signInRedeemer(SignInLinks links) {
        return links::redeem;
    }

    /** The settings as the core reads them; one line naming the setting for a value it cannot use. */
    static SignInSettings settings(WebConsoleProperties web) {
        if (web.linkTtl().isNegative() || web.linkTtl().isZero()) {
            throw new InvalidConfigurationPropertyValueException(
                    "watchkeeper.web.link-ttl", web.linkTtl(), "a sign-in link must work for some time (e.g. 10m)");
        }
        try {
            return new SignInSettings(web.enabled() ? web.baseUrl() : null, web.linkTtl(), supervisors(web));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationPropertyValueException(
                    "watchkeeper.web.public-url", web.publicUrl(), e.getMessage());
        }
    }

    /**
     * The configured supervisors, and the console demo's agent, so that the demo's one sign-in shows
     * every page.
     */
    private static SupervisorRoster supervisors(WebConsoleProperties web) {
        Set<String> accounts = new HashSet<>();
        for (String account : web.supervisors().accounts()) {
            String key = account.strip().toLowerCase(Locale.ROOT);
            if (!key.matches("(" + PLATFORMS + "):\\S+")) {
                throw new InvalidConfigurationPropertyValueException(
                        "watchkeeper.web.supervisors.accounts",
                        account,
                        "an account is platform:id, such as telegram:42 or discord:1234");
            }
            accounts.add(key.substring(0, key.indexOf(':')) + account.strip().substring(key.indexOf(':')));
        }
        accounts.add(ModeratorRoster.key(ConsolePersona.AGENT));
        return new SupervisorRoster(accounts, web.supervisors().roles());
    }
}
