package dev.watchkeeper.shield;

import crawlercommons.domains.EffectiveTldFinder;
import dev.watchkeeper.core.shield.RegistrableDomains;
import java.util.Optional;

/**
 * {@link RegistrableDomains} backed by crawler-commons' {@link EffectiveTldFinder} and the public
 * suffix list bundled in its jar, private suffixes included (so {@code evil.github.io} is its own
 * registrable domain, as phishing kits hosted there are). Thread-safe; never blocks.
 */
public final class PublicSuffixDomains implements RegistrableDomains {
    /**
     * Domains with the public suffix list already read: it is read once per process, at first use
     * otherwise (about half a second), which a caller may rather spend while it loads other parts.
     */
    public static PublicSuffixDomains loaded() {
        PublicSuffixDomains domains = new PublicSuffixDomains();
        domains.publicSuffix("example.com");
        return domains;
    }

    @Override
    public Optional<String> registrableDomain(String asciiHost) {
        if (asciiHost.isEmpty() || asciiHost.length() > 253) {
            return Optional.empty();
        }
        String domain = EffectiveTldFinder.getAssignedDomain(asciiHost, true, false);
        if (domain == null
                || domain.equals(asciiHost)
                        && publicSuffix(asciiHost).map(asciiHost::equals).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(domain);
    }

    @Override
    public Optional<String> publicSuffix(String asciiHost) {
        EffectiveTldFinder.EffectiveTLD tld = EffectiveTldFinder.getEffectiveTLD(asciiHost, false);
        return tld == null ? Optional.empty() : Optional.of(tld.getDomain());
    }
}
