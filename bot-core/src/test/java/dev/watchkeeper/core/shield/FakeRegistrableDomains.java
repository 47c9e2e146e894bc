package dev.watchkeeper.core.shield;

import java.util.Optional;
import java.util.Set;

/** A tiny public suffix list for unit tests: a few real suffixes, no wildcards. */
public final class FakeRegistrableDomains implements RegistrableDomains {
    private static final Set<String> SUFFIXES = Set.of(
            "com",
            "io",
            "xyz",
            "org",
            "net",
            "top",
            "me",
            "gg",
            "co.uk",
            "org.uk",
            "com.au",
            "au",
            "uk",
            "ly",
            "ru",
            "site",
            "app",
            "live",
            "online",
            "click",
            "finance",
            "xn--p1ai",
            "ml",
            "in",
            "fr");

    @Override
    public Optional<String> registrableDomain(String asciiHost) {
        return publicSuffix(asciiHost).flatMap(suffix -> {
            if (asciiHost.length() <= suffix.length() + 1) {
                return Optional.empty();
            }
            String rest = asciiHost.substring(0, asciiHost.length() - suffix.length() - 1);
            int dot = rest.lastIndexOf('.');
            return Optional.of(rest.substring(dot + 1) + "." + suffix);
        });
    }

    @Override
    public Optional<String> publicSuffix(String asciiHost) {
        String[] labels = asciiHost.split("\\.");
        for (int i = 1; i < labels.length; i++) {
            String candidate = String.join(".", java.util.Arrays.copyOfRange(labels, i, labels.length));
            if (SUFFIXES.contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
