package dev.watchkeeper.telegram.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");

    @Test
    void keepsShortMessagesWhole() {
        assertThat(MessageSplitter.split("<b>short</b>")).containsExactly("<b>short</b>");
    }

    @Test
    void splitsLongRepliesUnderTelegramsLimitAtParagraphs() {
        String paragraph = "word ".repeat(300).strip();
        String html = String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph, paragraph));

        List<String> parts = MessageSplitter.split(html);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> assertThat(part.length())
                .isLessThanOrEqualTo(4096));
        assertThat(parts).allSatisfy(part -> assertThat(part).startsWith("word").endsWith("word"));
        assertThat(String.join(" ", parts).replaceAll("\\s+", " ")).isEqualTo(html.replaceAll("\\s+", " "));
    }

    @Test
    void closesAndReopensTagsAcrossACut() {
        String html = "<b>" + "bold ".repeat(40) + "</b> tail";

        List<String> parts = MessageSplitter.split(html, 60);

        assertThat(parts).hasSizeGreaterThan(3).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(60);
            assertThat(balanced(part)).as(part).isTrue();
        });
        assertThat(parts.getFirst()).startsWith("<b>bold");
        assertThat(parts.get(1)).startsWith("<b>bold");
    }

    @Test
    void neverCutsInsideAnEntityOrALink() {
        String html = "<a href=\"https://example.com/x\">" + "a&amp;b ".repeat(30) + "</a>";

        List<String> parts = MessageSplitter.split(html, 80);

        assertThat(parts).allSatisfy(part -> {
            assertThat(balanced(part)).as(part).isTrue();
            assertThat(part).doesNotContainPattern("&[a-z]*$").doesNotContainPattern("&[a-z]*<");
            assertThat(part).startsWith("<a href=\"https://example.com/x\">");
        });
    }

    @Test
    void cutsWordsThatAreLongerThanAMessage() {
        List<String> parts = MessageSplitter.split("x".repeat(10_000));

        assertThat(parts).hasSize(3);
        assertThat(String.join("", parts)).hasSize(10_000);
    }

    private static boolean balanced(String html) {
        java.util.ArrayDeque<String> open = new java.util.ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                open.push(m.group(2));
            } else if (open.isEmpty() || !open.pop().equals(m.group(2))) {
                return false;
            }
        }
        return open.isEmpty();
    }
}
