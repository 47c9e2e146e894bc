package dev.watchkeeper.core.scam.link;

import dev.watchkeeper.core.scam.RegistrableDomains;
import java.net.IDN;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts links from message text: full URLs, {@code www.} links, bare domains such as {@code
 * claim-okx.xyz}, Unicode (IDN) and punycode hosts, and links hidden with {@code hxxp}, {@code
 * [.]}, {@code " dot "} or spaced dots. A bare domain counts only when its suffix is on the
 * public suffix list. Thread-safe; never blocks.
 */
public final class LinkExtractor {
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}@._-])(?:(?:https?|ftp)://)?((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62})?\\.)+"
                    + "(?:[\\p{L}]{2,24}|xn--[a-z0-9-]{2,59}))(?::\\d{1,5})?(?![\\p{L}\\p{N}@-])(/[^\\s<>\"'»)]*)?");
    private static final int MAX_LINKS = 20;

    private final RegistrableDomains domains;

    public LinkExtractor(RegistrableDomains domains) {
        this.domains = domains;
    }

    /** The distinct links in a text (NFKC form), in order of appearance; at most 20. */
    public List<Link> extract(String text) {
        if (text.indexOf('.') < 0
                && !text.contains(" dot ")
                && !text.contains("[dot]")
                && !text.contains("(dot)")
                && !text.contains(" точка ")) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String restored = Deobfuscator.restore(lower);
        Map<String, Link> found = new LinkedHashMap<>();
        Matcher m = CANDIDATE.matcher(restored).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (found.size() < MAX_LINKS) {
            // start each search at the word holding the next dot: most of a message has no link
            int dot = nextDot(restored, from);
            if (dot < 0) {
                break;
            }
            m.region(wordStart(restored, dot), restored.length());
            if (!m.find()) {
                break;
            }
            from = Math.max(m.end(), dot + 1);
            String host = stripDots(m.group(1));
            String path = m.group(2) == null ? "" : m.group(2).substring(1);
            boolean obfuscated = restored != lower && !lower.contains(m.group(0));
            toLink(host, path, obfuscated).ifPresent(link -> found.putIfAbsent(link.host() + "/" + link.path(), link));
        }
        return new ArrayList<>(found.values());
    }

    private static int nextDot(String s, int from) {
        for (int i = Math.max(from, 1); i + 1 < s.length(); i++) {
            if (s.charAt(i) == '.' && Character.isLetterOrDigit(s.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static int wordStart(String s, int i) {
        int start = i;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private Optional<Link> toLink(String host, String path, boolean obfuscated) {
        String ascii;
        String unicode;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            unicode = IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Optional<String> suffix = domains.publicSuffix(ascii);
        Optional<String> registrable = domains.registrableDomain(ascii);
        if (suffix.isEmpty() || registrable.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Link(ascii, unicode, path, registrable.get(), suffix.get(), obfuscated));
    }

    private static String stripDots(String host) {
        int end = host.length();
        while (end > 0 && host.charAt(end - 1) == '.') {
            end--;
        }
        return host.substring(0, end);
    }
}
