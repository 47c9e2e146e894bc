package dev.watchkeeper.core.smalltalk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One language's small-talk phrases, read from a resource file: sections {@code [thanks]},
 * {@code [goodbye]}, {@code [greeting]}, {@code [acknowledgement]} and {@code [address]} (words that
 * go with small talk, "thanks <em>bot</em>", "hi <em>guys</em>", but are not small talk alone), one
 * phrase a line, {@code #} comments. Immutable.
 *
 * @param phrases the phrases, each as its {@link ChatTokens}
 */
record PhraseList(List<Phrase> phrases) {
    private static final String RESOURCES = "/dev/watchkeeper/core/smalltalk/";

    /**
     * A phrase of a list.
     *
     * @param tokens its words, as {@link ChatTokens} reads them
     * @param kind what it does; empty for an address word
     * @param languages the languages whose lists hold it
     */
    record Phrase(List<String> tokens, Optional<SmallTalkKind> kind, Set<String> languages) {
        Phrase {
            tokens = List.copyOf(tokens);
            languages = Set.copyOf(languages);
        }
    }

    PhraseList {
        phrases = List.copyOf(phrases);
    }

    /**
     * The bundled list named {@code name} ({@code en.txt} …), its phrases said in {@code languages}.
     *
     * @throws IllegalStateException when the file is malformed
     */
    static PhraseList bundled(String name, Set<String> languages) {
        String path = RESOURCES + name;
        try (InputStream in = Objects.requireNonNull(PhraseList.class.getResourceAsStream(path), path)) {
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8), languages);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    static PhraseList parse(String source, String content, Set<String> languages) {
        List<Phrase> phrases = new ArrayList<>();
        @Nullable SmallTalkKind kind = null;
        boolean inSection = false;
        String[] lines = content.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String section = line.substring(1, line.length() - 1).strip().toUpperCase(Locale.ROOT);
                kind = section.equals("ADDRESS") ? null : kindOf(section, source, n);
                inSection = true;
                continue;
            }
            List<String> tokens = ChatTokens.of(line);
            if (!inSection || tokens.isEmpty()) {
                throw new IllegalStateException(
                        source + ":" + (n + 1) + ": " + (inSection ? "no words in " : "outside a section: ") + line);
            }
            phrases.add(new Phrase(tokens, Optional.ofNullable(kind), languages));
        }
        return new PhraseList(phrases);
    }

    private static SmallTalkKind kindOf(String section, String source, int line) {
        try {
            return SmallTalkKind.valueOf(section);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ":" + (line + 1) + ": unknown section " + section, e);
        }
    }
}
