package dev.watchkeeper.core.shield.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Reads the link package's bundled data files: one entry a line, {@code #} comments, blank lines skipped. */
final class LinkResources {
    private LinkResources() {}

    /** The entries of a bundled file, lower case and stripped, in file order. */
    static List<String> lines(String name) {
        try (InputStream in = Objects.requireNonNull(LinkResources.class.getResourceAsStream(name), name)) {
            return lines(in);
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    static List<String> lines(InputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
