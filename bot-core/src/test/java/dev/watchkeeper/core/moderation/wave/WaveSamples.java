package dev.watchkeeper.core.moderation.wave;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The flagged messages of {@code scam-waves.txt}, by section. */
public final class WaveSamples {
    private static final Map<String, List<String>> SECTIONS = read();

    private WaveSamples() {}

    /** The messages of one section, in file order. */
    public static List<String> section(String name) {
        return Objects.requireNonNull(SECTIONS.get(name), name);
    }

    /** The six languages' sections of one airdrop post. */
    public static List<String> airdropLanguages() {
        return List.of("airdrop-en", "airdrop-es", "airdrop-pt", "airdrop-ru", "airdrop-tr", "airdrop-zh");
    }

    private static Map<String, List<String>> read() {
        try (InputStream in = Objects.requireNonNull(WaveSamples.class.getResourceAsStream("scam-waves.txt"))) {
            Map<String, List<String>> sections = new LinkedHashMap<>();
            List<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(line.substring(1, line.length() - 1), current);
                } else {
                    Objects.requireNonNull(current, "a message before the first section")
                            .add(line);
                }
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
