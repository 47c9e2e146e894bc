package dev.watchkeeper.shield.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassifierTokensTest {

    @Test
    void wordsNumbersAndCurrencySigns() {
        assertThat(ClassifierTokens.of("earn 500$ a day\nwith us"))
                .containsExactly("earn", "#3", "$", "a", "day", "with", "us");
        assertThat(ClassifierTokens.of("日赚500")).containsExactly("日", "赚", "#3");
    }

    @Test
    void leavesOutLinksNamesAddressesAndHashes() {
        assertThat(ClassifierTokens.of("tx 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318, to"
                        + " tqn9y2khesljw1chvwfmsmerdow5kcblse via https://x.io/a @helper_bot okx.com ok"))
                .containsExactly("tx", "to", "via", "ok");
    }
}
