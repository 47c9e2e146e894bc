package dev.watchkeeper.core.shield.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhraseTest {
    private static final List<Phrase> PHRASES = List.of(
            phrase(
                    "claim|rewards|share",
                    "\\bclaim (fast|now|quickly)\\b|\\b(huge|massive) rewards\\b|\\bshare (the )?\\$ ?\\d"),
            phrase("made|earned|got", "\\b(made|earned|got)\\s+(a |my )?(\\$ ?\\d|\\d[\\d,.]*k? ?(\\$|usd|dollars))"),
            phrase(
                    "day|week",
                    "(\\$ ?\\d[\\d,.]*k?|\\b\\d[\\d,.]*k? ?(\\$|usd))[^.!?\\n]{0,30}\\b(per|a) ?(day|week)\\b"),
            phrase(" me", "\\b(dm|pm|inbox) me\\b|\\bhit me up\\b"),
            phrase("лс|личк", "\\bпиши(те)? в (лс|личку)"),
            phrase("коуч|психолог", "(?<![а-яё])я [-—–]?[^.!?\\n]{0,20}(коуч|психолог)"),
            phrase("#", "^#[a-z]"));
    private static final List<String> TEXTS = List.of(
            "claim now! huge rewards for everyone, share the $ 500k with friends",
            "i made $300 in a day and earned 2,000 usd per week, got my $5 back",
            "dm me or hit me up, inbox me for details; pm me now",
            "пишите в лс, пиши в личку",
            "привет, я — опытный коуч, а ты? моя психолог",
            "nothing to see here, just a normal question about deposits",
            "#free claim now",
            "x".repeat(5000) + " claim now " + "y".repeat(5000));

    private static Phrase phrase(String triggers, String regex) {
        return new Phrase(List.of(triggers.split("\\|")), Pattern.compile(regex), Phrase.BACK);
    }

    @Test
    void findsWhatAPlainSearchFindsWhenTheTriggersAreRight() {
        for (Phrase phrase : PHRASES) {
            TriggerIndex index = new TriggerIndex(List.of(phrase.triggers()));
            for (String text : TEXTS) {
                Occurrences found = index.find(text);
                Matcher plain = phrase.pattern().matcher(text);
                MatchResult match = found.size() == 0 ? null : phrase.first(text, found, 0, found.size());
                assertThat(match == null ? null : match.group())
                        .as("%s on %s", phrase.pattern(), text)
                        .isEqualTo(plain.find() ? plain.group() : null);
                plain.reset();
                List<Integer> starts = new ArrayList<>();
                while (plain.find()) {
                    starts.add(plain.start());
                }
                int[] viaTriggers = found.size() == 0 ? new int[0] : phrase.starts(text, found, 0, found.size(), 100);
                assertThat(viaTriggers)
                        .as("all matches of %s on %s", phrase.pattern(), text)
                        .containsExactly(
                                starts.stream().mapToInt(Integer::intValue).toArray());
            }
        }
    }

    @Test
    void triesTheExpressionOnlyNearItsTriggers() {
        Phrase phrase = phrase("wallet", "claim");
        TriggerIndex index = new TriggerIndex(List.of(phrase.triggers()));
        String far = "claim" + " ".repeat(Phrase.REACH + 10) + "wallet";
        Occurrences found = index.find(far);

        assertThat(phrase.first(far, found, 0, found.size())).isNull();
        assertThat(phrase.first("claim your wallet", index.find("claim your wallet"), 0, 1))
                .isNotNull();
    }

    @Test
    void reportsOccurrencesByGroupThenStart() {
        TriggerIndex index = new TriggerIndex(List.of(List.of("ab", "b"), List.of("abc", "c")));
        Occurrences found = index.find("abcab");
        assertThat(found.size()).isEqualTo(6);
        assertThat(found.runEnd(0)).isEqualTo(4);
        assertThat(List.of(found.start(0), found.start(1), found.start(2), found.start(3)))
                .containsExactly(0, 1, 3, 4);
        assertThat(List.of(found.group(4), found.start(4), found.end(4), found.start(5)))
                .containsExactly(1, 0, 3, 2);
    }

    @Test
    void keepsABoundedNumberOfOccurrencesPerGroup() {
        TriggerIndex index = new TriggerIndex(List.of(List.of("a")));
        assertThat(index.find("a".repeat(10_000)).size()).isEqualTo(TriggerIndex.MAX_PER_GROUP);
    }
}
