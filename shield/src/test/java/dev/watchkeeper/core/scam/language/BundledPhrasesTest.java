package dev.watchkeeper.core.scam.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.scam.text.TextNormalizer;
import dev.watchkeeper.shield.LabelledCsv;
import dev.watchkeeper.shield.LabelledText;
import dev.watchkeeper.shield.model.BundledModels;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Every bundled phrase finds, through its automaton, exactly what a plain search with its
 * expression finds, on the project's multilingual sample messages. Lives here (in the core's
 * package) because the samples ship with the shield.
 */
class BundledPhrasesTest {
    private static final List<String> TEXTS = LabelledCsv.resource(BundledModels.OWN_SAMPLES).stream()
            .map(LabelledText::text)
            .map(t -> TextNormalizer.normalize(t).folded())
            .toList();

    @Test
    void everyRuleMatchesWhatItsExpressionMatches() {
        List<PhraseRule> rules = new ArrayList<>();
        rules.addAll(EnglishPhrases.RULES);
        rules.addAll(AdvertPhrases.ENGLISH);
        rules.addAll(AdvertPhrases.RUSSIAN);
        rules.addAll(RussianPhrases.RULES);
        rules.addAll(ChinesePhrases.RULES);
        rules.addAll(SpanishPhrases.RULES);
        rules.addAll(PortuguesePhrases.RULES);
        rules.addAll(TurkishPhrases.RULES);
        int matched = 0;
        for (PhraseRule rule : rules) {
            AnchorIndex index = new AnchorIndex(List.of(rule.phrase().keys()));
            boolean any = false;
            for (String text : TEXTS) {
                Occurrences found = index.find(text);
                MatchResult match = rule.phrase().match(text, found, 0, found.size());
                String viaIndex = match == null ? null : match.group();
                assertThat(viaIndex)
                        .as("%s on %s", rule.phrase().pattern(), text)
                        .isEqualTo(plainFind(rule.phrase(), text));
                any |= viaIndex != null;
            }
            matched += any ? 1 : 0;
        }
        // the samples exercise most rules, so a start string missed would show
        assertThat(matched).isGreaterThan(rules.size() / 2);
        assertThat(rules.stream().filter(r -> r.phrase().startsKnown()).count()).isGreaterThan(rules.size() * 9L / 10);
    }

    @Test
    void warningsQuestionsAndVictimReportsMatchWhatTheirExpressionsMatch() {
        for (AnchoredPattern pattern : List.of(WarningPhrases.WARNING, WarningPhrases.QUESTION, VictimPhrases.REPORT)) {
            assertThat(pattern.phrase().startsKnown()).isTrue();
            int matched = 0;
            for (String text : TEXTS) {
                boolean expected = plainFind(pattern.phrase(), text) != null;
                assertThat(pattern.find(text))
                        .as("%s on %s", pattern.phrase().pattern(), text)
                        .isEqualTo(expected);
                matched += expected ? 1 : 0;
            }
            assertThat(matched).as("%s", pattern.phrase().pattern()).isPositive();
        }
        for (String text : TEXTS) {
            assertThat(WarningPhrases.scamTalk(text).any())
                    .as(text)
                    .isEqualTo(WarningPhrases.WARNING.find(text)
                            || WarningPhrases.QUESTION.find(text)
                            || VictimPhrases.isVictimReport(text));
        }
    }

    private static String plainFind(PhrasePattern phrase, String text) {
        Matcher m = phrase.pattern().matcher(text);
        return m.find() ? m.group() : null;
    }
}
