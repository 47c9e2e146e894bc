package dev.watchkeeper.knowledge.loader;

import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.knowledge.KnowledgeFile;
import dev.watchkeeper.knowledge.LoadProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses one knowledge-base file: YAML front matter between {@code ---} lines, then the Markdown
 * answer. Stateless and thread-safe.
 */
final class EntryFileParser {
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,8}(-[a-z0-9]{1,8})*");
    private static final String DEFAULT_LANGUAGE = "en";

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /** What came of parsing one file. */
    sealed interface Outcome {
        record Parsed(KnowledgeEntry entry, int idLine) implements Outcome {}

        record Failed(LoadProblem problem) implements Outcome {}
    }

    Outcome parse(KnowledgeFile file) {
        String text = file.content().replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        int open = 0;
        while (open < lines.length && lines[open].isBlank()) {
            open++;
        }
        if (open == lines.length || !isFence(lines[open])) {
            return failed(file, 1, "no front matter: the file must start with a '---' line");
        }
        int close = open + 1;
        while (close < lines.length && !isFence(lines[close])) {
            close++;
        }
        if (close == lines.length) {
            return failed(file, open + 1, "front matter is not closed by a '---' line");
        }
        FrontMatter front = new FrontMatter(lines, open + 1, close);
        JsonNode root;
        try {
            root = yaml.readTree(front.text());
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            int line = location == null || location.getLineNr() < 1 ? open + 1 : open + 1 + location.getLineNr();
            return failed(file, line, "bad YAML in front matter: " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return failed(file, open + 1, "front matter must be a YAML mapping of keys to values");
        }
        try {
            String named = FileLanguage.of(file.name());
            return new Outcome.Parsed(toEntry(root, front, lines, close, open + 1, named), front.lineOf("id"));
        } catch (FieldException e) {
            return failed(file, e.line, e.getMessage());
        }
    }

    private KnowledgeEntry toEntry(
            JsonNode root, FrontMatter front, String[] lines, int close, int openLine, @Nullable String named) {
        String id = requiredScalar(root, "id", front, openLine);
        String title = requiredScalar(root, "title", front, openLine);
        String lang = optionalScalar(root, "lang", front);
        if (lang == null) {
            lang = named == null ? DEFAULT_LANGUAGE : named;
        }
        lang = lang.toLowerCase(Locale.ROOT).replace('_', '-');
        if (!LANGUAGE_TAG.matcher(lang).matches()) {
            throw new FieldException(front.lineOf("lang"), "lang must be a language tag such as 'en' or 'pt-br'");
        }
        if (named != null && !FileLanguage.agrees(named, lang)) {
            throw new FieldException(
                    front.lineOf("lang"),
                    "lang '" + lang + "' does not match the file name, which says '" + named
                            + "': a translation is <id>." + lang + ".md, or fix 'lang'");
        }
        String answer = String.join("\n", List.of(lines).subList(close + 1, lines.length))
                .strip();
        if (answer.isEmpty()) {
            throw new FieldException(close + 1, "no answer: write the answer below the front matter");
        }
        return new KnowledgeEntry(
                id,
                title,
                lang,
                list(root, "questions", front),
                list(root, "tags", front),
                list(root, "followups", front),
                list(root, "aliases", front),
                answer);
    }

    private static String requiredScalar(JsonNode root, String key, FrontMatter front, int openLine) {
        String value = optionalScalar(root, key, front);
        if (value == null) {
            throw new FieldException(openLine, "missing required '" + key + "'");
        }
        return value;
    }

    private static @Nullable String optionalScalar(JsonNode root, String key, FrontMatter front) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw new FieldException(front.lineOf(key), "'" + key + "' must be a single value, not a list or mapping");
        }
        String value = node.asString().strip();
        if (value.isEmpty()) {
            throw new FieldException(front.lineOf(key), "'" + key + "' must not be empty");
        }
        return value;
    }

    private static List<String> list(JsonNode root, String key, FrontMatter front) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new FieldException(front.lineOf(key), "'" + key + "' must be a list (lines starting with '- ')");
        }
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.isNull()) {
                throw new FieldException(front.lineOf(key), "'" + key + "' items must be plain text");
            }
            String value = item.asString().strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private static Outcome failed(KnowledgeFile file, int line, String message) {
        return new Outcome.Failed(new LoadProblem(file.name(), line, message));
    }

    /** The front matter's lines, to turn keys into line numbers for problem reports. */
    private record FrontMatter(String[] lines, int from, int to) {
        String text() {
            return String.join("\n", List.of(lines).subList(from, to)) + "\n";
        }

        int lineOf(String key) {
            Pattern pattern = Pattern.compile("^\\s*\"?" + Pattern.quote(key) + "\"?\\s*:");
            for (int i = from; i < to; i++) {
                if (pattern.matcher(lines[i]).find()) {
                    return i + 1;
                }
            }
            return from;
        }
    }

    private static final class FieldException extends RuntimeException {
        private final int line;

        FieldException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }
    }
}
