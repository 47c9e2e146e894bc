package dev.watchkeeper.knowledge;

import java.util.List;

/** Builds knowledge-base file text for tests. */
final class KbFiles {
    private KbFiles() {}

    static String entry(String id, String title, String lang, List<String> questions, String answer) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("id: ").append(id).append('\n');
        text.append("title: \"").append(title).append("\"\n");
        text.append("lang: ").append(lang).append('\n');
        text.append("questions:\n");
        questions.forEach(q -> text.append("  - \"").append(q).append("\"\n"));
        return text.append("---\n").append(answer).append('\n').toString();
    }

    static KnowledgeFile file(String id, String title, String... questions) {
        return new KnowledgeFile(id + ".md", entry(id, title, "en", List.of(questions), "Answer about " + title + "."));
    }
}
