package dev.watchkeeper.core.scam.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingCharsTest {

    @Test
    void firstCharactersOfAnAlternationOfWords() {
        assertThat(chars("\\bclaim (fast|now)\\b|\\b(huge|massive) rewards\\b|\\bmust join\\b"))
                .containsExactlyInAnyOrder((int) 'c', (int) 'h', (int) 'm');
    }

    @Test
    void optionalAtomsAddWhatFollowsThem() {
        assertThat(chars("(a |my )?(\\$ ?\\d|\\d+ ?usd)"))
                .containsExactlyInAnyOrder((int) 'a', (int) 'm', (int) '$', 48, 49, 50, 51, 52, 53, 54, 55, 56, 57);
        assertThat(chars("[a-c]{0,2}x")).containsExactlyInAnyOrder((int) 'a', (int) 'b', (int) 'c', (int) 'x');
        assertThat(chars("\\b(?:привет|你好)")).containsExactlyInAnyOrder((int) 'п', (int) '你');
    }

    @Test
    void leavesAloneWhatItCannotBoundOrWhatCanMatchNothing() {
        assertThat(LeadingChars.firstChars(".{0,3}claim")).isEmpty();
        assertThat(LeadingChars.firstChars("\\w+ claim")).isEmpty();
        assertThat(LeadingChars.firstChars("[^.!?]claim")).isEmpty();
        assertThat(LeadingChars.firstChars("(?i)claim")).isEmpty();
        assertThat(LeadingChars.firstChars("(?<=x)claim")).isEmpty();
        assertThat(LeadingChars.firstChars("(claim)?")).isEmpty();
        assertThat(LeadingChars.guarded("\\s+x")).isEqualTo("\\s+x");
        assertThat(LeadingChars.guarded("airdrop")).isEqualTo("airdrop");
    }

    @Test
    void theGuardedExpressionFindsExactlyWhatTheOriginalFinds() {
        List<String> expressions = List.of(
                "\\bclaim (fast|now|quickly)\\b|\\b(huge|massive) rewards\\b|\\bshare (the )?\\$ ?\\d[\\d,.]*k?\\b",
                "\\b(made|earned|got)\\s+(a |my )?(\\$ ?\\d|\\d[\\d,.]*k? ?(\\$|usd|dollars))",
                "(\\$ ?\\d[\\d,.]*k?|\\b\\d[\\d,.]*k? ?(\\$|usd|usdt))[^.!?\\n]{0,30}\\b(per|a) ?(day|week)\\b",
                "\\b(dm|pm|inbox) me\\b|\\bhit me up\\b",
                "\\bпиши(те)? в (лс|личку)\\b");
        List<String> texts = List.of(
                "claim now! huge rewards for everyone, share the $ 500k with friends",
                "i made $300 in a day and earned 2,000 usd per week, got my $5 back",
                "dm me or hit me up, inbox me for details; pm me now",
                "пишите в лс, пиши в личку",
                "nothing to see here, just a normal question about deposits",
                "claimed nothing; massive rewardsss; share $x");
        for (String expression : expressions) {
            Pattern original = Pattern.compile(expression);
            Pattern guarded = LeadingChars.compile(expression);
            assertThat(guarded.pattern()).startsWith("(?=[");
            for (String text : texts) {
                assertThat(matches(guarded, text))
                        .as("%s on %s", expression, text)
                        .isEqualTo(matches(original, text));
            }
        }
    }

    @Test
    void everyBundledPhraseRuleCompiles() {
        List<PhraseRule> rules = new ArrayList<>();
        rules.addAll(EnglishPhrases.RULES);
        rules.addAll(AdvertPhrases.ENGLISH);
        rules.addAll(AdvertPhrases.RUSSIAN);
        rules.addAll(RussianPhrases.RULES);
        rules.addAll(ChinesePhrases.RULES);
        rules.addAll(SpanishPhrases.RULES);
        rules.addAll(PortuguesePhrases.RULES);
        rules.addAll(TurkishPhrases.RULES);
        long guarded = rules.stream()
                .filter(r -> r.pattern().pattern().startsWith("(?=["))
                .count();
        assertThat(guarded).isGreaterThan(rules.size() / 2);
    }

    private static Set<Integer> chars(String regex) {
        Optional<Set<Integer>> chars = LeadingChars.firstChars(regex);
        assertThat(chars).isPresent();
        return chars.get();
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + ":" + m.group());
        }
        return found;
    }
}
