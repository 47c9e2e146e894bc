package dev.watchkeeper.shield;

import java.net.IDN;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses phishing-domain lists in their published formats. Stateless and thread-safe. */
public final class DomainListParser {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HOST_NAME =
            Pattern.compile("(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private DomainListParser() {}

    /**
     * Parses one list.
     *
     * @throws IllegalArgumentException when the content is not in the format, is empty, is an HTML
     *     page, or is plain text whose lines are mostly not host names
     */
    public static DomainListData parse(String source, String content, DomainListFormat format) {
        if (looksLikeHtml(content)) {
            // a portal, proxy or error page served with status 200 is no list, whatever the format
            throw new IllegalArgumentException(source + ": an HTML page, not a domain list");
        }
        DomainListFormat actual = format == DomainListFormat.AUTO ? detect(content) : format;
        DomainListData data =
                switch (actual) {
                    case METAMASK -> metamask(source, JSON.readTree(content));
                    case POLKADOT -> polkadot(source, JSON.readTree(content));
                    case DISCORD ->
                        new DomainListData(
                                source,
                                Set.of(),
                                Set.of(),
                                hosts(JSON.readTree(content).path("domains")),
                                List.of(),
                                0);
                    case PLAIN -> plain(source, content);
                    case AUTO -> throw new IllegalStateException("detected format cannot be AUTO");
                };
        if (data.deny().isEmpty()
                && data.allowWithSubdomains().isEmpty()
                && data.allowExact().isEmpty()) {
            throw new IllegalArgumentException(source + ": no domains in the list");
        }
        return data;
    }

    static DomainListFormat detect(String content) {
        String head = content.stripLeading();
        if (!head.startsWith("{")) {
            return DomainListFormat.PLAIN;
        }
        JsonNode root = JSON.readTree(content);
        if (root.has("blacklist") || root.has("fuzzylist")) {
            return DomainListFormat.METAMASK;
        }
        if (root.has("deny")) {
            return DomainListFormat.POLKADOT;
        }
        if (root.has("domains")) {
            return DomainListFormat.DISCORD;
        }
        throw new IllegalArgumentException("unknown list format");
    }

    private static DomainListData metamask(String source, JsonNode root) {
        if (!root.has("blacklist")) {
            throw new IllegalArgumentException(source + ": not a MetaMask config (no blacklist)");
        }
        List<String> fuzzy = new ArrayList<>(hosts(root.path("fuzzylist")));
        fuzzy.sort(null);
        return new DomainListData(
                source,
                hosts(root.path("whitelist")),
                Set.of(),
                hosts(root.path("blacklist")),
                fuzzy,
                root.path("tolerance").asInt(2));
    }

    private static DomainListData polkadot(String source, JsonNode root) {
        Set<String> exact = new HashSet<>();
        Set<String> withSubdomains = new HashSet<>();
        for (String host : hosts(root.path("allow"))) {
            if (host.startsWith("*.")) {
                withSubdomains.add(host.substring(2));
            } else {
                exact.add(host);
            }
        }
        Set<String> deny = new HashSet<>(hosts(root.path("deny")));
        deny.addAll(hosts(root.path("denySub")));
        return new DomainListData(source, withSubdomains, exact, deny, List.of(), 0);
    }

    private static Set<String> hosts(JsonNode array) {
        Set<String> out = new HashSet<>();
        for (JsonNode node : array) {
            String host = host(node.asString());
            if (!host.isEmpty()) {
                out.add(host);
            }
        }
        return out;
    }

    /**
     * One host per line. Lines that are not host names are skipped and counted; when they are the
     * majority, the content is no list at all (a page of some other kind) and is rejected.
     */
    private static DomainListData plain(String source, String content) {
        Set<String> out = new HashSet<>();
        int skipped = 0;
        for (String line : content.split("\\R")) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("\\s+");
            String host = host(parts[parts.length - 1]);
            if (isHostName(host)) {
                out.add(host);
            } else {
                skipped++;
            }
        }
        if (skipped > out.size()) {
            throw new IllegalArgumentException(
                    source + ": " + skipped + " of " + (skipped + out.size()) + " lines are not host names");
        }
        return new DomainListData(source, Set.of(), Set.of(), out, List.of(), 0, skipped);
    }

    /** A host name a list may name: letters, digits, hyphens (and underscores) in labels, a letter TLD. */
    static boolean isHostName(String host) {
        String h = host.startsWith("*.") ? host.substring(2) : host;
        return h.length() <= 253 && HOST_NAME.matcher(h).matches();
    }

    /** A page rather than a list: markup at the start, or an HTML document's tags near it. */
    static boolean looksLikeHtml(String content) {
        String head = content.substring(0, Math.min(content.length(), 1024))
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        if (head.startsWith("{")) {
            return false;
        }
        return head.startsWith("<")
                || head.contains("<html")
                || head.contains("<!doctype")
                || head.contains("<head")
                || head.contains("<body");
    }

    /** Lower-case ASCII host of an entry ("https://Evil.com/x" gives "evil.com"), or "". */
    static String host(String entry) {
        String s = entry.strip().toLowerCase(Locale.ROOT);
        s = s.replaceFirst("^[a-z]+://", "");
        int cut = s.indexOf('/');
        s = cut >= 0 ? s.substring(0, cut) : s;
        s = s.startsWith("www.") ? s.substring(4) : s;
        while (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.indexOf('.') < 0 && !s.startsWith("*")) {
            return "";
        }
        try {
            return s.startsWith("*.")
                    ? "*." + IDN.toASCII(s.substring(2), IDN.ALLOW_UNASSIGNED)
                    : IDN.toASCII(s, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
