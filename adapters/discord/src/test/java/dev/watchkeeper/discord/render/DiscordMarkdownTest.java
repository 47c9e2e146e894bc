package dev.watchkeeper.discord.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {

    @Test
    void keepsTheMarkdownDiscordRenders() {
        String kb = "## Deposits\n1. Find the **TxID**\n- check [the explorer](https://example.com)\n> note\n`code`";

        assertThat(DiscordMarkdown.render(kb)).isEqualTo(kb);
    }

    @Test
    void turnsDeepHeadingsIntoBoldAndDropsRules() {
        assertThat(DiscordMarkdown.render("#### Fees ####\ntext\n---\nmore")).isEqualTo("**Fees**\ntext\n\nmore");
    }

    @Test
    void turnsImagesIntoLinks() {
        assertThat(DiscordMarkdown.render("See ![the form](https://example.com/form.png \"title\")"))
                .isEqualTo("See [the form](https://example.com/form.png)");
    }

    @Test
    void leavesFencedCodeAsItIs() {
        String code = "```\n#### not a heading\n---\n```";

        assertThat(DiscordMarkdown.render(code)).isEqualTo(code);
    }

    @Test
    void defusesEveryoneHereAndMentionTagsEvenInCode() {
        String rendered =
                DiscordMarkdown.render("hi @everyone and @HERE <@123> <@!45> <@&67> <#89>\n```\n@everyone\n```");

        assertThat(rendered)
                .doesNotContain("@everyone", "@HERE", "<@123>", "<@!45>", "<@&67>", "<#89>")
                .contains("@\u200Beveryone", "@\u200BHERE", "<@\u200B123>", "<@&\u200B67>");
    }
}
