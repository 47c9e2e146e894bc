package dev.watchkeeper.core.shield.link;

import java.util.Locale;

/**
 * Domains that many unrelated people publish on: link shorteners, invite hosts (Telegram, Discord,
 * WhatsApp) and big platforms and hosting services ({@code google.com}, {@code medium.com}, {@code
 * gitbook.io}, …). A scam that links to one says nothing about the rest of it, so such a domain is
 * never denied as a whole on a scam's evidence; a moderator may still deny it explicitly.
 * Stateless and thread-safe; never blocks.
 */
public final class SharedHosts {
    private SharedHosts() {}

    /**
     * True when the registrable domain (lower case, ASCII) is a shared host, or a parent domain of
     * one. A tenant the public suffix list names on its own ({@code evil.github.io}) is not shared.
     */
    public static boolean isShared(String registrableDomain) {
        return KnownHosts.isShared(registrableDomain.toLowerCase(Locale.ROOT));
    }
}
