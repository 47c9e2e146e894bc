package dev.watchkeeper.core.shield;

import dev.watchkeeper.core.store.StoreUnavailableException;
import java.net.IDN;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The community's own allow and deny lists of domains, edited by moderators ({@code /allow},
 * {@code /deny}, {@code /unlist}) and by confirmed scams. A domain covers its subdomains; an allow
 * entry wins over a deny entry. Thread-safe. Lookups never block; with a {@link
 * CommunityDomainStore}, the lists are loaded from it when built and every change is written
 * through to it first (blocking for the store, and throwing, with nothing changed, when the
 * store fails), so that a restart keeps them.
 */
public final class CommunityDomains implements DomainLists {
    private final Set<String> allowed = ConcurrentHashMap.newKeySet();
    private final Set<String> denied = ConcurrentHashMap.newKeySet();
    private final CommunityDomainStore store;

    /** Lists kept in memory only. */
    public CommunityDomains() {
        this(new InMemoryCommunityDomainStore());
    }

    /**
     * Lists loaded from the store and written through to it. When the store is away (a start
     * during an outage), the lists start empty until the next {@link #reload()}.
     */
    public CommunityDomains(CommunityDomainStore store) {
        this.store = store;
        try {
            allowed.addAll(store.allowed());
            denied.addAll(store.denied());
        } catch (StoreUnavailableException e) {
            allowed.clear();
            denied.clear();
        }
    }

    /** Allows the domain and its subdomains; takes it off the deny list. */
    public synchronized void allow(String domain) {
        String d = normalise(domain);
        store.allow(d);
        denied.remove(d);
        allowed.add(d);
    }

    /** Denies the domain and its subdomains, unless it is allowed. Returns false if it is allowed. */
    public synchronized boolean deny(String domain) {
        String d = normalise(domain);
        if (allowed.contains(d)) {
            return false;
        }
        store.deny(d);
        denied.add(d);
        return true;
    }

    /** Takes the domain off both lists; returns true if it was on one. */
    public synchronized boolean unlist(String domain) {
        String d = normalise(domain);
        if (!allowed.contains(d) && !denied.contains(d)) {
            return false;
        }
        store.unlist(d);
        return allowed.remove(d) | denied.remove(d);
    }

    /**
     * Reads both lists again from the store, taking in what other instances changed there. Blocks
     * for the store; when it fails, the lists stay as they are and the failure is thrown.
     */
    public synchronized void reload() {
        Set<String> nowAllowed = store.allowed();
        Set<String> nowDenied = store.denied();
        allowed.addAll(nowAllowed);
        allowed.retainAll(nowAllowed);
        denied.addAll(nowDenied);
        denied.retainAll(nowDenied);
    }

    /** The allowed domains. */
    public Set<String> allowed() {
        return Set.copyOf(allowed);
    }

    /** The denied domains. */
    public Set<String> denied() {
        return Set.copyOf(denied);
    }

    @Override
    public Match lookup(String asciiHost) {
        String host = normalise(asciiHost);
        for (String candidate = host; !candidate.isEmpty(); candidate = parent(candidate)) {
            if (allowed.contains(candidate)) {
                return new Match(Status.ALLOWED, "community allow list: " + candidate);
            }
            if (denied.contains(candidate)) {
                return new Match(Status.DENIED, "community deny list: " + candidate);
            }
        }
        return Match.UNKNOWN;
    }

    /**
     * The form entries are kept and looked up in, the form links have: lower case, ASCII (an
     * internationalised domain in punycode, {@code пример.рф} as {@code xn--e1afmkfd.xn--p1ai}),
     * without a scheme, path, port or trailing dot.
     *
     * @throws IllegalArgumentException when the domain is not a valid internationalised name
     */
    public static String normalise(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        d = d.replaceFirst("^[a-z]+://", "");
        int cut = d.indexOf('/');
        if (cut >= 0) {
            d = d.substring(0, cut);
        }
        cut = d.indexOf(':');
        if (cut >= 0) {
            d = d.substring(0, cut);
        }
        while (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return isAscii(d) ? d : IDN.toASCII(d, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String parent(String host) {
        int dot = host.indexOf('.');
        return dot < 0 ? "" : host.substring(dot + 1);
    }
}
