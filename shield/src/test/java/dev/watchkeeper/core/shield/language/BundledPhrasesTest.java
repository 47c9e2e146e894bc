package dev.watchkeeper.core.shield.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.text.TextNormalizer;
import dev.watchkeeper.shield.LabelledCsv;
import dev.watchkeeper.shield.LabelledText;
import dev.watchkeeper.shield.model.BundledModels;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Every bundled rule's trigger words are right: each match of its expression on the project's
 * multilingual sample messages has one of them within its first {@code back} characters, so
 * trying the expression only just before its triggers finds what a plain search finds. Lives here (in the core's package) because the
 * samples ship with the shield.
 */
class BundledPhrasesTest {
    private static final List<String> TEXTS = LabelledCsv.resource(BundledModels.OWN_SAMPLES).stream()
            .map(LabelledText::text)
            .map(t -> TextNormalizer.normalize(t).folded())
            .toList();

    @Test
    void everyMatchOfEveryRuleHasOneOfItsTriggersNearItsStart() {
        PhraseBook book = PhraseBook.bundled();
        List<String> missing = new ArrayList<>();
        int matched = 0;
        for (Phrase phrase : phrases(book)) {
            boolean any = false;
            for (String text : TEXTS) {
                Matcher m = phrase.pattern().matcher(text);
                while (m.find()) {
                    any = true;
                    String match = m.group();
                    int first = phrase.triggers().stream()
                            .mapToInt(match::indexOf)
                            .filter(i -> i >= 0)
                            .min()
                            .orElse(Integer.MAX_VALUE);
                    if (first > phrase.back()) {
                        missing.add(phrase.pattern() + " matched \"" + match + "\"");
                    }
                }
            }
            matched += any ? 1 : 0;
        }
        assertThat(missing).isEmpty();
        // the samples exercise most rules, so a missing trigger would show
        assertThat(matched).isGreaterThan(phrases(book).size() / 2);
    }

    @Test
    void talkAboutScamsIsFoundWhereAPlainSearchFindsIt() {
        PhraseBook book = PhraseBook.bundled();
        for (String text : TEXTS) {
            boolean plain = book.talkRules().stream()
                    .filter(r -> r.kind() != TalkRule.Kind.SCAMMERS)
                    .anyMatch(r -> r.phrase().pattern().matcher(text).find());
            assertThat(book.scamTalk(text).any()).as(text).isEqualTo(plain);
            boolean victim = book.talkRules().stream()
                    .filter(r -> r.kind() == TalkRule.Kind.VICTIM)
                    .anyMatch(r -> r.phrase().pattern().matcher(text).find());
            assertThat(book.isVictimReport(text)).as(text).isEqualTo(victim);
        }
    }

    private static List<Phrase> phrases(PhraseBook book) {
        List<Phrase> all = new ArrayList<>();
        book.rules().forEach(r -> all.add(r.phrase()));
        book.talkRules().forEach(r -> all.add(r.phrase()));
        return all;
    }
}
