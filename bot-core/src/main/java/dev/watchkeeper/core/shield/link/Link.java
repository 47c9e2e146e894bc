package dev.watchkeeper.core.shield.link;

import java.net.IDN;

/**
 * A link found in a message.
 *
 * @param host the host in ASCII (punycode), lower case
 * @param unicodeHost the host as a reader sees it (punycode decoded)
 * @param path the path and query after the host, lower case, without the leading slash; may be
 *     empty
 * @param registrable the registrable domain (public suffix plus one label)
 * @param suffix the public suffix
 * @param obfuscated true when the text hid the link ({@code hxxp}, {@code [.]}, {@code dot}, …)
 */
public record Link(
        String host, String unicodeHost, String path, String registrable, String suffix, boolean obfuscated) {
    /** The registrable domain without its suffix: {@code okx} for {@code okx.com}. */
    public String label() {
        return registrable.length() > suffix.length() + 1
                ? registrable.substring(0, registrable.length() - suffix.length() - 1)
                : registrable;
    }

    /**
     * The registrable domain's label as a reader sees it (punycode decoded): {@code оkx} with a
     * Cyrillic {@code о} for {@code xn--kx-emc.com}. Look-alike checks compare this form.
     */
    public String unicodeLabel() {
        return toUnicode(label());
    }

    /** {@link #subdomain()} as a reader sees it (punycode decoded). */
    public String unicodeSubdomain() {
        return toUnicode(subdomain());
    }

    /** True when the host has a punycode (IDN) label, so its Unicode form differs from the ASCII one. */
    public boolean isInternationalised() {
        return host.startsWith("xn--") || host.contains(".xn--");
    }

    /** The labels in front of the registrable domain, e.g. {@code login.okx.com} in {@code login.okx.com.evil.xyz}. */
    public String subdomain() {
        return host.length() > registrable.length() + 1
                ? host.substring(0, host.length() - registrable.length() - 1)
                : "";
    }

    static String toUnicode(String ascii) {
        return ascii.contains("xn--") ? IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED) : ascii;
    }
}
