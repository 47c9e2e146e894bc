package dev.watchkeeper.knowledge;

import static java.util.Objects.requireNonNull;

/**
 * One knowledge-base file: a name used in problem reports (a relative path or resource name) and
 * its text, a Markdown answer with YAML front matter.
 *
 * @param name the file name shown in problem reports; also the key hot reload tracks it by
 * @param content the whole file
 */
public record KnowledgeFile(String name, String content) {
    public KnowledgeFile {
        requireNonNull(name, "name");
        requireNonNull(content, "content");
    }
}
