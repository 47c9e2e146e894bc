package dev.watchkeeper.core.shield.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.shield.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleFileParserTest {
    @Test
    void readsRulesTalkRulesDefinitionsAndGates() {
        RuleFile file = RuleFileParser.parse(
                "x.rules",
                """
                # a comment
                script latin
                hint { que |ñ}
                define NS [^.!?\\n]

                SECRET_REQUEST 0.85 {seed|phrase} \\bsend\\b{NS}{0,20}seed phrase
                PROMOTION 0.3 times=8 {$} \\$[a-z]+
                warning {never} \\bnever share\\b
                """);

        assertThat(file.script()).isEqualTo(RuleFile.Script.LATIN);
        assertThat(file.hints()).containsExactly(" que ", "ñ");
        assertThat(file.rules()).hasSize(2);
        PhraseRule rule = file.rules().get(0);
        assertThat(rule.signal()).isEqualTo(Signal.SECRET_REQUEST);
        assertThat(rule.weight()).isEqualTo(0.85);
        assertThat(rule.where()).isEqualTo("x.rules:6");
        assertThat(rule.phrase().triggers()).containsExactly("seed", "phrase");
        assertThat(rule.phrase().pattern().pattern()).isEqualTo("\\bsend\\b[^.!?\\n]{0,20}seed phrase");
        assertThat(file.rules().get(1).times()).isEqualTo(8);
        assertThat(file.talk()).singleElement().satisfies(t -> assertThat(t.kind())
                .isEqualTo(TalkRule.Kind.WARNING));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "SCAM_TALK 0.5 {x} x ; x.rules:2: unknown signal or statement 'SCAM_TALK'",
                "PROMOTION high {x} x ; x.rules:2: expected a weight",
                "PROMOTION 1.5 {x} x ; x.rules:2: weight must be above 0 and at most 1",
                "PROMOTION 0.5 x ; x.rules:2: expected trigger words in braces",
                "PROMOTION 0.5 {a||b} x ; x.rules:2: empty trigger word",
                "PROMOTION 0.5 {Claim} claim ; x.rules:2: trigger words match folded text and must be lower case",
                "PROMOTION 0.5 {x} ; x.rules:2: no expression",
                "PROMOTION 0.5 {x} (x ; x.rules:2: bad expression",
                "PROMOTION 0.5 {x} x{MISSING} ; x.rules:2: {MISSING} is not defined above",
                "PROMOTION 0.5 {x} (\\w+ )*x ; x.rules:2: repetition inside repetition",
                "PROMOTION 0.5 {x} ([a-z]+,?)+x ; x.rules:2: repetition inside repetition",
                "script greek ; x.rules:2: unknown script 'greek'"
            })
    void aBadLineNamesFileLineAndProblem(String line, String message) {
        assertThatThrownBy(() -> RuleFileParser.parse("x.rules", "# first\n" + line + "\n"))
                .isInstanceOf(RuleSyntaxException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void boundedRepetitionAroundUnboundedIsAllowed() {
        assertThat(NestedRepetition.find("(\\w+ ){0,3}x|[a-z]+(y)*|\\d{2,}")).isNull();
    }
}
