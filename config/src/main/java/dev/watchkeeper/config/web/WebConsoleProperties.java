package dev.watchkeeper.config.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.web}: the staff web console. Off until {@code port} is set; it is then served
 * on that port (which is also {@code server.port}, the health and metrics endpoints' port, unless
 * that is set to the same value).
 *
 * @param port the HTTP port; unset keeps the console off
 * @param publicUrl the address staff open the console at, from which sign-in links are made
 *     (default {@code http://localhost:<port>}); use https behind a proxy in production
 * @param linkTtl how long a one-time sign-in link works
 * @param sessionTtl how long a console session lasts without use
 * @param signInsPerMinute sign-in attempts allowed per client address and minute
 * @param secureCookies whether the session cookie is marked Secure (default: when the public URL
 *     is https)
 * @param supervisors who sees the support dashboard besides moderators and agents
 */
@Validated
@ConfigurationProperties("watchkeeper.web")
public record WebConsoleProperties(
        @Nullable @Min(0) @Max(65535) Integer port,
        @Nullable String publicUrl,
        @DefaultValue("10m") Duration linkTtl,
        @DefaultValue("8h") Duration sessionTtl,
        @DefaultValue("10") @Min(1) int signInsPerMinute,
        @Nullable Boolean secureCookies,
        @DefaultValue Supervisors supervisors) {

    /** True when a port is set: the console is served. */
    public boolean enabled() {
        return port != null;
    }

    /** The address sign-in links start with, without a trailing slash. */
    public String baseUrl() {
        String url = publicUrl == null || publicUrl.isBlank() ? "http://localhost:" + port : publicUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Whether the session cookie is marked Secure. */
    public boolean cookiesSecure() {
        return secureCookies != null ? secureCookies : baseUrl().startsWith("https:");
    }

    /**
     * The supervisors: listed accounts ({@code telegram:42}, {@code discord:1234}) and holders of
     * listed roles (Discord role ids; {@code administrator} for Telegram chat admins).
     */
    public record Supervisors(@DefaultValue Set<String> accounts, @DefaultValue Set<String> roles) {}
}
