package dev.watchkeeper.web.inbox;

import dev.watchkeeper.core.ticket.text.Chain;
import dev.watchkeeper.core.ticket.text.ChainReference;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Links from a transaction id or an address to a block explorer's page, from a properties file
 * mapping {@code CHAIN.KIND} to an https URL template with {@code {value}} (the bundled
 * {@code explorers.properties}). Immutable and thread-safe.
 */
public final class ExplorerLinks {
    private static final String BUNDLED = "/dev/watchkeeper/web/inbox/explorers.properties";
    private static final String VALUE = "{value}";

    private record Key(Chain chain, ChainReference.Kind kind) {}

    private final Map<Key, String> templates;

    private ExplorerLinks(Map<Key, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    /** The bundled explorers. */
    public static ExplorerLinks bundled() {
        try (InputStream in = Objects.requireNonNull(ExplorerLinks.class.getResourceAsStream(BUNDLED), BUNDLED)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(BUNDLED, properties);
        } catch (IOException e) {
            throw new UncheckedIOException(BUNDLED, e);
        }
    }

    /**
     * The explorers of these properties.
     *
     * @throws IllegalStateException naming the source and key of an entry that is not
     *     {@code CHAIN.KIND=https://…{value}…}
     */
    static ExplorerLinks parse(String source, Properties properties) {
        Map<Key, String> templates = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            String template = properties.getProperty(name).strip();
            String[] parts = name.split("\\.");
            String where = source + ": " + name + ": ";
            if (parts.length != 2) {
                throw new IllegalStateException(where + "expected CHAIN.KIND, such as EVM.TRANSACTION");
            }
            Key key;
            try {
                key = new Key(Chain.valueOf(parts[0]), ChainReference.Kind.valueOf(parts[1]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + "unknown chain or kind", e);
            }
            if (!template.startsWith("https://") || !template.contains(VALUE)) {
                throw new IllegalStateException(where + "expected an https URL with " + VALUE);
            }
            try {
                URI.create(template.replace(VALUE, "x"));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + "not a URL: " + e.getMessage(), e);
            }
            templates.put(key, template);
        }
        return new ExplorerLinks(templates);
    }

    /** The explorer page of this reference, if an explorer is known for its chain and kind. */
    public Optional<String> linkTo(ChainReference reference) {
        return Optional.ofNullable(templates.get(new Key(reference.chain(), reference.kind())))
                .map(t -> t.replace(VALUE, URLEncoder.encode(reference.value(), StandardCharsets.UTF_8)));
    }

    /**
     * The context's items, transactions first, then addresses (each with its explorer link when
     * one is known), account ids and amounts.
     */
    public List<ContextLine> lines(TicketContext context) {
        List<ContextLine> lines = new ArrayList<>();
        for (ChainReference tx : context.transactions()) {
            lines.add(new ContextLine(
                    "Transaction (" + chainName(tx.chain()) + ")",
                    tx.value(),
                    linkTo(tx).orElse(null)));
        }
        for (ChainReference address : context.addresses()) {
            lines.add(new ContextLine(
                    "Address (" + chainName(address.chain()) + ")",
                    address.value(),
                    linkTo(address).orElse(null)));
        }
        context.accountIds().forEach(uid -> lines.add(new ContextLine("UID", uid, null)));
        context.amounts().forEach(amount -> lines.add(new ContextLine("Amount", amount.toString(), null)));
        return lines;
    }

    private static String chainName(Chain chain) {
        return switch (chain) {
            case EVM -> "EVM";
            case XRP -> "XRP";
            case TON -> "TON";
            case UNKNOWN -> "chain unknown";
            default -> chain.name().charAt(0) + chain.name().substring(1).toLowerCase(Locale.ROOT);
        };
    }
}
