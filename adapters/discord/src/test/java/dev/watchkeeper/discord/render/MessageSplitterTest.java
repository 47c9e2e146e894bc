package dev.watchkeeper.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void keepsAShortTextInOneMessage() {
        assertThat(new MessageSplitter().split("  hello  ")).containsExactly("hello");
        assertThat(new MessageSplitter().split("   ")).isEmpty();
    }

    @Test
    void splitsLongTextsUnderDiscordsLimitAtParagraphs() {
        String paragraph = "word ".repeat(300).strip();
        String text = paragraph + "\n\n" + paragraph + "\n\n" + paragraph;

        List<String> parts = new MessageSplitter().split(text);

        assertThat(parts).hasSize(3).allMatch(p -> p.length() <= MessageSplitter.DISCORD_LIMIT);
        assertThat(parts).allMatch(p -> p.equals(paragraph));
    }

    @Test
    void cutsAnUnbrokenWordOnlyWhenItMustAndKeepsEveryCharacter() {
        String text = "x".repeat(4500);

        List<String> parts = new MessageSplitter().split(text);

        assertThat(parts).allMatch(p -> p.length() <= MessageSplitter.DISCORD_LIMIT);
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "😀".repeat(1500);

        List<String> parts = new MessageSplitter().split(text);

        assertThat(parts).allMatch(p -> !Character.isLowSurrogate(p.charAt(0)));
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void closesAndReopensACodeBlockCutInTwo() {
        StringBuilder text = new StringBuilder("Run this:\n```bash\n");
        for (int i = 0; i < 20; i++) {
            text.append("echo line ").append(i).append('\n');
        }
        text.append("```\nDone.");

        List<String> parts = new MessageSplitter(120).split(text.toString());

        assertThat(parts).hasSizeGreaterThan(1).allMatch(p -> p.length() <= 120);
        assertThat(parts.getFirst()).endsWith("\n```");
        assertThat(parts.get(1)).startsWith("```bash\n");
        assertThat(parts).allMatch(p -> p.split("```", -1).length % 2 == 1);
    }
}
