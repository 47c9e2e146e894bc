package dev.watchkeeper.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The crowd the demo's {@code /spike} replays, read from the bundled {@code spike.txt}. */
final class SpikeCrowd {
    private static final String FILE = "spike.txt";

    private SpikeCrowd() {}

    /** Each member's language and message, in order. */
    static List<String[]> lines() {
        try (InputStream in = SpikeCrowd.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("the demo's " + FILE + " is missing from the jar");
            }
            List<String[]> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException("not language<TAB>message in " + FILE + ": " + line);
                }
                lines.add(parts);
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
