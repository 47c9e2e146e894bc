package dev.watchkeeper.core.echo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberEchoTest {
    @Test
    void aCodeIsRepeatedAsItIs() {
        assertThat(MemberEcho.code("482-193")).isEqualTo("482-193");
        assertThat(MemberEcho.code("  WK7 ")).isEqualTo("WK7");
    }

    @Test
    void tenThousandWordsAfterACodeAreNotRepeated() {
        String flood = "482-193" + " word".repeat(10_000);

        assertThat(MemberEcho.code(flood)).isEqualTo("482-193…");
    }

    @Test
    void aLongTokenIsCutAtTheLimit() {
        assertThat(MemberEcho.code("9".repeat(10_000)))
                .hasSize(MemberEcho.MAX_CODE + 1)
                .endsWith("…");
    }

    @Test
    void linksMentionsAndMarkupDoNotSurviveAnEcho() {
        assertThat(MemberEcho.code("https://evil.example/claim")).isEqualTo("httpsevilexampleclaim");
        assertThat(MemberEcho.code("@support_desk")).isEqualTo("supportdesk");
        assertThat(MemberEcho.code("`**[x](tg://user?id=1)**`")).isEqualTo("xtguserid1");
        assertThat(MemberEcho.code("!!!")).isEqualTo(MemberEcho.NOTHING);
    }

    @Test
    void anExcerptSaysHowMuchWasLeftOut() {
        assertThat(MemberEcho.excerpt("short", 10)).isEqualTo("short");
        assertThat(MemberEcho.excerpt("a".repeat(50), 10))
                .isEqualTo("a".repeat(10) + "… (40 more characters not shown)");
    }

    @Test
    void anExcerptNeverSplitsASurrogatePair() {
        String text = "abc\uD83D\uDE00def";

        assertThat(MemberEcho.excerpt(text, 4)).startsWith("abc…");
    }
}
