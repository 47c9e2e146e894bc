package dev.watchkeeper.core.shield;

import java.util.Optional;

/**
 * Port: the public suffix list. Implementations must be thread-safe and must not block.
 */
public interface RegistrableDomains {
    /**
     * The registrable domain of a host (public suffix plus one label), lower case, ASCII
     * (punycode), e.g. {@code login.okx.com.evil.co.uk} gives {@code evil.co.uk}.
     *
     * @return empty when the host has no known public suffix or is itself a public suffix
     */
    Optional<String> registrableDomain(String asciiHost);

    /** The public suffix of the host ({@code co.uk} for {@code evil.co.uk}), if it has one. */
    Optional<String> publicSuffix(String asciiHost);
}
