package dev.watchkeeper.core.scam.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class PhrasePatternTest {
    private static final List<String> EXPRESSIONS = List.of(
            "\\bclaim (fast|now|quickly)\\b|\\b(huge|massive) rewards\\b|\\bshare (the )?\\$ ?\\d[\\d,.]*k?\\b",
            "\\b(made|earned|got)\\s+(a |my )?(\\$ ?\\d|\\d[\\d,.]*k? ?(\\$|usd|dollars))",
            "(\\$ ?\\d[\\d,.]*k?|\\b\\d[\\d,.]*k? ?(\\$|usd|usdt))[^.!?\\n]{0,30}\\b(per|a) ?(day|week)\\b",
            "\\b(dm|pm|inbox) me\\b|\\bhit me up\\b",
            "\\bпиши(те)? в (лс|личку)\\b",
            "(?<![а-яё])я [-—–]?[^.!?\\n]{0,20}(коуч|психолог)",
            // no start strings: the anchors stand in
            "\\w+ wallet connect",
            "[^.!?]{0,10}airdrop live");
    private static final List<String> TEXTS = List.of(
            "claim now! huge rewards for everyone, share the $ 500k with friends",
            "i made $300 in a day and earned 2,000 usd per week, got my $5 back",
            "dm me or hit me up, inbox me for details; pm me now",
            "пишите в лс, пиши в личку",
            "привет, я — опытный коуч, а ты? моя психолог",
            "nothing to see here, just a normal question about deposits",
            "claimed nothing; massive rewardsss; share $x",
            "open your wallet connect page, the airdrop live now");

    @Test
    void findsExactlyWhatAPlainSearchFinds() {
        for (String expression : EXPRESSIONS) {
            PhrasePattern phrase = PhrasePattern.of("wallet|airdrop", expression);
            AnchorIndex index = new AnchorIndex(List.of(phrase.keys()));
            for (String text : TEXTS) {
                Occurrences found = index.find(text);
                Matcher plain = phrase.pattern().matcher(text);
                MatchResult match = phrase.match(text, found, 0, found.size());
                assertThat(match == null ? null : match.group())
                        .as("%s on %s", expression, text)
                        .isEqualTo(plain.find() ? plain.group() : null);
                plain.reset();
                List<Integer> starts = new ArrayList<>();
                while (plain.find()) {
                    starts.add(plain.start());
                }
                assertThat(phrase.starts(text, found, 0, found.size()).boxed().toList())
                        .as("all matches of %s on %s", expression, text)
                        .isEqualTo(starts);
            }
        }
    }

    @Test
    void usesTheStartStringsWhenItCanAndTheAnchorsOtherwise() {
        assertThat(PhrasePattern.of("x", "\\b(dm|pm|inbox) me\\b").keys()).containsExactly("dm m", "inbo", "pm m");
        assertThat(PhrasePattern.of("wallet|connect", "\\w+ wallet connect").keys())
                .containsExactly("wallet", "connect");
    }

    @Test
    void occurrencesComeByGroupThenStart() {
        AnchorIndex index = new AnchorIndex(List.of(List.of("ab", "b"), List.of("abc", "c")));
        Occurrences found = index.find("abcab");
        assertThat(found.size()).isEqualTo(6);
        assertThat(found.runEnd(0)).isEqualTo(4);
        assertThat(List.of(found.start(0), found.start(1), found.start(2), found.start(3)))
                .containsExactly(0, 1, 3, 4);
        assertThat(List.of(found.group(4), found.start(4), found.end(4), found.start(5)))
                .containsExactly(1, 0, 3, 2);
    }
}
