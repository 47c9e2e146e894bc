package dev.watchkeeper.core.ticket.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The phrases {@link SecurityRecognizer} looks for, read from one resource file a language
 * ({@code incidents/en.txt} …): sections named after a {@link SecuritySignal} ({@code [scammed]}),
 * then one rule a line, {@code {trigger|trigger} expression}, {@code #} comments. The expression is
 * a Java regular expression over the folded message; it is tried only when the message contains
 * one of its triggers (literal, lower case), so every match must contain one. Immutable.
 *
 * @param rules the rules, in file order
 */
record IncidentPhrases(List<Rule> rules) {
    /** The languages whose phrase files are bundled. */
    static final List<String> LANGUAGES = List.of("en", "ru", "zh", "es", "pt", "tr");

    private static final String RESOURCES = "/dev/watchkeeper/core/ticket/text/incidents/";

    /**
     * One rule of a file.
     *
     * @param signal what a match says happened
     * @param triggers literal words one of which every match contains
     * @param pattern the expression
     */
    record Rule(SecuritySignal signal, List<String> triggers, Pattern pattern) {
        Rule {
            triggers = List.copyOf(triggers);
        }

        boolean matches(String folded) {
            return triggers.stream().anyMatch(folded::contains)
                    && pattern.matcher(folded).find();
        }
    }

    IncidentPhrases {
        rules = List.copyOf(rules);
    }

    /**
     * The bundled phrases of every language.
     *
     * @throws IllegalStateException when a file is malformed
     */
    static IncidentPhrases bundled() {
        List<Rule> rules = new ArrayList<>();
        for (String language : LANGUAGES) {
            String path = RESOURCES + language + ".txt";
            try (InputStream in = Objects.requireNonNull(IncidentPhrases.class.getResourceAsStream(path), path)) {
                rules.addAll(parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .rules());
            } catch (IOException e) {
                throw new UncheckedIOException(path, e);
            }
        }
        return new IncidentPhrases(rules);
    }

    static IncidentPhrases parse(String source, String content) {
        List<Rule> rules = new ArrayList<>();
        @Nullable SecuritySignal signal = null;
        String[] lines = content.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (n + 1) + ": ";
            if (line.startsWith("[") && line.endsWith("]")) {
                signal = signalOf(line.substring(1, line.length() - 1).strip(), where);
                continue;
            }
            int close = line.indexOf('}');
            if (signal == null || !line.startsWith("{") || close < 2) {
                throw new IllegalStateException(where + "expected {triggers} expression in a section: " + line);
            }
            List<String> triggers = List.of(line.substring(1, close).split("\\|"));
            try {
                rules.add(new Rule(
                        signal,
                        triggers,
                        Pattern.compile(line.substring(close + 1).strip(), Pattern.UNICODE_CASE)));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(where + e.getDescription(), e);
            }
        }
        return new IncidentPhrases(rules);
    }

    private static SecuritySignal signalOf(String section, String where) {
        try {
            return SecuritySignal.valueOf(section.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "unknown section " + section, e);
        }
    }
}
