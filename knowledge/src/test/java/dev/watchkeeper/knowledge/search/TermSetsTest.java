package dev.watchkeeper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermSetsTest {
    @Test
    void eachSetHoldsExactlyItsTermsUnderNumbersSharedBySetsBuiltWithOneNumbering() {
        TermSets.Numbering numbering = new TermSets.Numbering();
        TermSets phrasings =
                numbering.number(List.of(Set.of("deposit", "arriv"), Set.of(), Set.of("withdraw", "pend")));
        TermSets entries = numbering.number(List.of(Set.of("pend", "deposit", "fee")));

        int deposit = numbering.numberOf("deposit");
        int pend = numbering.numberOf("pend");
        int fee = numbering.numberOf("fee");

        assertThat(phrasings.contains(0, deposit)).isTrue();
        assertThat(phrasings.contains(0, pend)).isFalse();
        assertThat(phrasings.contains(1, deposit)).isFalse();
        assertThat(phrasings.contains(2, pend)).isTrue();
        assertThat(phrasings.contains(2, fee)).isFalse();
        assertThat(entries.contains(0, deposit)).isTrue();
        assertThat(entries.contains(0, pend)).isTrue();
        assertThat(entries.contains(0, fee)).isTrue();
        assertThat(entries.contains(0, numbering.numberOf("withdraw"))).isFalse();
        assertThat(numbering.numberOf("password")).isEqualTo(-1);
    }
}
