package dev.watchkeeper.core.signin;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How sign-in links are made, mapped from the configuration.
 *
 * @param baseUrl the address the console is opened at, without a trailing slash ({@code
 *     https://console.example.com}); null while the console is off
 * @param linkTtl how long a link works once sent; positive
 * @param supervisors who gets the supervisor role
 */
public record SignInSettings(@Nullable String baseUrl, Duration linkTtl, SupervisorRoster supervisors) {
    public SignInSettings {
        requireNonNull(linkTtl, "linkTtl");
        requireNonNull(supervisors, "supervisors");
        if (linkTtl.isNegative() || linkTtl.isZero()) {
            throw new IllegalArgumentException("the sign-in link's lifetime must be positive: " + linkTtl);
        }
        if (baseUrl != null) {
            String url = baseUrl.strip();
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new IllegalArgumentException("the console's address must start with http:// or https://: " + url);
            }
            baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }

    /** The console off: {@code /console} says so and no link is made. */
    public static SignInSettings off() {
        return new SignInSettings(null, Duration.ofMinutes(10), SupervisorRoster.none());
    }

    /** True when the console is served, so that links can be made. */
    public boolean enabled() {
        return baseUrl != null;
    }
}
