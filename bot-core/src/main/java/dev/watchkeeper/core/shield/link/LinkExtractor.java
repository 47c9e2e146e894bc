package dev.watchkeeper.core.shield.link;

import dev.watchkeeper.core.shield.RegistrableDomains;
import java.net.IDN;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts links from message text: full URLs, {@code www.} links, bare domains such as {@code
 * claim-okx.xyz}, Unicode (IDN) and punycode hosts, and links hidden with {@code hxxp}, {@code
 * [.]}, {@code " dot "} or spaced dots. A bare domain counts only when its suffix is on the
 * public suffix list. Thread-safe; never blocks.
 */
public final class LinkExtractor {
    // each label can match in one way only, and there are at most 126 of them: a failed match
    // backtracks in linear time, however many dots the text has
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}@._-])(?:(?:https?|ftp)://)?((?:[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,62}\\.){1,126}"
                    + "(?:[\\p{L}]{2,24}|xn--[a-z0-9-]{2,59}))(?::\\d{1,5})?(?![\\p{L}\\p{N}@-])(/[^\\s<>\"'»)]*)?");
    private static final int MAX_LINKS = 20;
    /** How many dots a message may make the extractor try: a flood of dots costs no more. */
    private static final int MAX_ATTEMPTS = 200;
    /** How far before a dot a link may start: a scheme and the longest host name. */
    private static final int MAX_LOOK_BACK = 16 + 253;
    /** How much of the text one attempt may read: the longest host name and a long path. */
    private static final int MAX_LINK_LENGTH = 4096;

    private final RegistrableDomains domains;

    public LinkExtractor(RegistrableDomains domains) {
        this.domains = domains;
    }

    /**
     * The distinct links in a text (NFKC form), in order of appearance; at most 20. Linear in the
     * text's length: at most 200 places are tried, each reading a bounded window of the text.
     */
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
        Set<String> tried = new HashSet<>();
        Matcher m = CANDIDATE.matcher(restored).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && found.size() < MAX_LINKS; attempt++) {
            // start each search at the word holding the next dot: most of a message has no link
            int dot = nextDot(restored, from);
            if (dot < 0) {
                break;
            }
            int start = wordStart(restored, dot);
            int end = Math.min(restored.length(), start + MAX_LINK_LENGTH);
            m.region(start, end);
            if (!m.find()) {
                // no link starts in the window, except perhaps one cut off at its end
                from = end == restored.length() ? end : Math.max(dot + 1, end - MAX_LOOK_BACK);
                continue;
            }
            from = Math.max(m.end(), dot + 1);
            String host = stripDots(m.group(1));
            String path = m.group(2) == null ? "" : m.group(2).substring(1);
            boolean obfuscated = restored != lower && !lower.contains(m.group(0));
            // the same host again (a message that repeats one link) is not converted again
            if (tried.add(host + "/" + path)) {
                toLink(host, path, obfuscated)
                        .ifPresent(link -> found.putIfAbsent(link.host() + "/" + link.path(), link));
            }
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
        int limit = Math.max(0, i - MAX_LOOK_BACK);
        while (start > limit && !Character.isWhitespace(s.charAt(start - 1))) {
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
