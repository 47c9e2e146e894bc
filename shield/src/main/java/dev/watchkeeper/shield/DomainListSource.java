package dev.watchkeeper.shield;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * Where a list comes from.
 *
 * @param name a short name used in evidence ("metamask", "polkadot", …)
 * @param location an {@code https:}/{@code http:} URL, a {@code file:} URI, or {@code classpath:}
 *     followed by a resource path
 * @param format the list's format
 */
public record DomainListSource(String name, URI location, DomainListFormat format) {
    public DomainListSource {
        requireNonNull(name, "name");
        requireNonNull(location, "location");
        requireNonNull(format, "format");
    }

    /** A source from a string location (URL, file URI or {@code classpath:} path). */
    public static DomainListSource of(String name, String location, DomainListFormat format) {
        return new DomainListSource(name, URI.create(location), format);
    }
}
