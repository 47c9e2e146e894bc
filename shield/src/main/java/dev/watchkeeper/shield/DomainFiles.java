package dev.watchkeeper.shield;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads lists of domains for fitting and measuring the domain shape model: plain text (one
 * domain a line, {@code #} comments), or one array of a JSON list named after a {@code #}: {@code
 * eth-phishing-detect-config.json#whitelist}, {@code polkadot-phishing-all.json#deny}, {@code
 * discord-phishing-domains.json#domains}. Domains come back lower case, without a trailing dot,
 * wildcard or scheme. Blocks on the file system.
 */
public final class DomainFiles {
    /** The legitimate domains written for this project, for fitting: exchanges, wallets, protocols, popular sites. */
    public static final String BUNDLED_LEGIT = "/dev/watchkeeper/shield/lists/legit-domains.txt";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DomainFiles() {}

    /**
     * The domains named by a spec: a path, optionally followed by {@code #key} for a JSON array.
     *
     * @throws IOException when the file cannot be read or the key holds no array
     */
    public static List<String> read(String spec) throws IOException {
        int hash = spec.lastIndexOf('#');
        Path path = Path.of(hash < 0 ? spec : spec.substring(0, hash));
        return parse(Files.readString(path, StandardCharsets.UTF_8), hash < 0 ? "" : spec.substring(hash + 1));
    }

    /**
     * The domains in a list's content: its lines, or with a key, that array of the JSON object.
     *
     * @throws IOException when the key holds no array
     */
    static List<String> parse(String content, String key) throws IOException {
        List<String> raw = new ArrayList<>();
        if (key.isEmpty()) {
            raw.addAll(content.lines().toList());
        } else {
            JsonNode array = JSON.readTree(content).path(key);
            if (!array.isArray()) {
                throw new IOException("no array named " + key);
            }
            array.forEach(node -> raw.add(node.asString()));
        }
        return clean(raw);
    }

    /** The whitelist of the bundled MetaMask configuration. */
    public static List<String> bundledMetamaskWhitelist() throws IOException {
        return parse(resource(ShieldFactory.BUNDLED_METAMASK), "whitelist");
    }

    /** The bundled list of legitimate domains (written for this project; see its header). */
    public static List<String> bundledLegit() throws IOException {
        return parse(resource(BUNDLED_LEGIT), "");
    }

    private static String resource(String name) throws IOException {
        try (var in = DomainFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> clean(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String d = line.strip().toLowerCase(Locale.ROOT);
            int comment = d.indexOf('#');
            d = comment >= 0 ? d.substring(0, comment).strip() : d;
            d = d.replaceFirst("^[a-z]+://", "").replaceFirst("^\\*\\.", "");
            int slash = d.indexOf('/');
            d = slash >= 0 ? d.substring(0, slash) : d;
            while (d.endsWith(".")) {
                d = d.substring(0, d.length() - 1);
            }
            if (d.contains(".") && !d.contains(" ")) {
                out.add(d);
            }
        }
        return out;
    }
}
