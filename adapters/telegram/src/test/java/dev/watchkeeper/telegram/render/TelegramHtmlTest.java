package dev.watchkeeper.telegram.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Mentions;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

    @Test
    void rendersBoldItalicsCodeAndLinks() {
        String html = TelegramHtml.fromMarkdown(
                "**Check** the *TxID* with `txid` on [the explorer](https://etherscan.io/tx?a=1&b=2).");

        assertThat(html)
                .isEqualTo("<b>Check</b> the <i>TxID</i> with <code>txid</code> on "
                        + "<a href=\"https://etherscan.io/tx?a=1&amp;b=2\">the explorer</a>.");
    }

    @Test
    void aBracketedLinkWhoseTokenHasUnderscoresStaysOneWholeLink() {
        String url = "https://console.example.com/console/sign-in?token=_a_b__c-_";

        assertThat(TelegramHtml.fromMarkdown("Your link:\n<" + url + ">\nIt works once."))
                .contains("<a href=\"" + url + "\">" + url + "</a>")
                .doesNotContain("<i>");
    }

    @Test
    void escapesMarkupCharactersInText() {
        assertThat(TelegramHtml.fromMarkdown("fees < 5 & limits > 2 \"quoted\""))
                .isEqualTo("fees &lt; 5 &amp; limits &gt; 2 &quot;quoted&quot;");
    }

    @Test
    void rawHtmlInMarkdownIsShownAsTextNotInterpreted() {
        assertThat(TelegramHtml.fromMarkdown("hi <script>alert(1)</script> <b>x</b>"))
                .doesNotContain("<script>", "<b>x</b>")
                .contains("&lt;script&gt;", "&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void rendersListsAsBulletAndNumberedLines() {
        String html = TelegramHtml.fromMarkdown("Steps:\n\n1. Open **Wallet**\n2. Tap Deposit\n\n- one\n- two");

        assertThat(html).isEqualTo("Steps:\n\n1. Open <b>Wallet</b>\n2. Tap Deposit\n\n• one\n• two");
    }

    @Test
    void rendersHeadingsBoldAndCodeBlocksPreformatted() {
        String html = TelegramHtml.fromMarkdown("# Title\n\n```\na < b\n```\n\nend");

        assertThat(html).isEqualTo("<b>Title</b>\n\n<pre>a &lt; b</pre>\n\nend");
    }

    @Test
    void dropsLinksWithUnsafeSchemesButKeepsTheirText() {
        assertThat(TelegramHtml.fromMarkdown("[click](javascript:alert(1)) and [mail](mailto:help@example.com)"))
                .isEqualTo("click and <a href=\"mailto:help@example.com\">mail</a>");
    }

    @Test
    void namesAMemberByTheirHandleOrWithATextMentionWhenTheyHaveNone() {
        UserRef handle = new UserRef(Platform.TELEGRAM, "42", "anna_k", "Anna", false);
        UserRef noHandle = new UserRef(Platform.TELEGRAM, "43", null, "Anna <VIP> & co", false);
        UserRef discordMember = new UserRef(Platform.DISCORD, "501", null, "Lee", false);

        assertThat(TelegramHtml.fromMarkdown(Mentions.placeholder(0) + ", I **removed** it", List.of(handle)))
                .isEqualTo("@anna_k, I <b>removed</b> it");
        assertThat(TelegramHtml.fromMarkdown(Mentions.placeholder(0) + ", I removed it", List.of(noHandle)))
                .isEqualTo("<a href=\"tg://user?id=43\">Anna &lt;VIP&gt; &amp; co</a>, I removed it");
        assertThat(TelegramHtml.mention(discordMember)).isEqualTo("Lee");
    }
}
