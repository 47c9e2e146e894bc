package dev.watchkeeper.web.queue;

import dev.watchkeeper.core.shield.CommunityDomainStore;
import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.web.ConsoleGateway;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The community's allow and deny lists of domains, read from their store (so a change made on any
 * instance shows), and changed as moderators change them in chat: {@code /allow}, {@code /deny}
 * and {@code /unlist} typed through the {@link ConsoleGateway}, so the core checks the role,
 * normalises the domain, writes the lists and records the audit. Thread-safe; blocks while the
 * store and the bot do.
 */
public final class DomainListView {
    /** What may be sent as a domain: one word of name characters, no spaces or command syntax. */
    private static final Pattern DOMAIN = Pattern.compile("[\\p{L}\\p{N}.:/_-]{1,253}");

    private static final Set<String> EDITS = Set.of("allow", "deny", "unlist");

    /**
     * Both lists, sorted.
     *
     * @param allowed the allowed domains
     * @param denied the denied domains
     */
    public record Lists(List<String> allowed, List<String> denied) {
        public Lists {
            allowed = List.copyOf(allowed);
            denied = List.copyOf(denied);
        }
    }

    private final CommunityDomainStore store;
    private final ConsoleGateway gateway;

    public DomainListView(CommunityDomainStore store, ConsoleGateway gateway) {
        this.store = store;
        this.gateway = gateway;
    }

    /** Both lists as the store has them now. */
    public Lists lists() {
        return new Lists(
                store.allowed().stream().sorted().toList(),
                store.denied().stream().sorted().toList());
    }

    /**
     * Allows, denies or unlists a domain as the moderator's chat command would; returns what the
     * bot answered.
     *
     * @param edit {@code allow}, {@code deny} or {@code unlist}
     * @throws IllegalArgumentException when the edit is none of those or the domain is not one word
     */
    public List<String> edit(ConsoleGrant who, String edit, String domain) {
        if (!EDITS.contains(edit)) {
            throw new IllegalArgumentException("Unknown list edit: choose allow, deny or unlist.");
        }
        String written = domain.strip();
        if (!DOMAIN.matcher(written).matches()) {
            throw new IllegalArgumentException("Enter one domain, such as example.com.");
        }
        return gateway.staffCommand(who, "/" + edit + " " + written).notices();
    }
}
