package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.watchkeeper.core.shield.LinkEvaluation;
import dev.watchkeeper.core.shield.LinkEvaluator;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.Verdict;
import dev.watchkeeper.shield.model.BundledModels;
import dev.watchkeeper.shield.model.LinearScamClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ShieldFactoryTest {
    private static ShieldComponents components;
    private static ScamShield shield;

    @BeforeAll
    static void build() {
        components = ShieldFactory.create(ShieldOptions.defaults());
        shield = components.shield();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Official $ZRO airdrop is live, connect your wallet at layerzero-claim.xyz",
                "https://binance.com-verify.top/login",
                "https://metamsk.io",
                "https://оkx.com/claim", // Cyrillic о, judged with ICU's confusables
                "https://xn--kx-emc.com/claim",
                "Claim your reward at bіnance.com", // Cyrillic і
                "Пpeдлaгaeм coтpyдничecтвo, дoxoд oт 500$ в дeнь, пишитe в лc"
            })
    void defaultShieldFlagsScams(String text) {
        assertThat(shield.check(ScamInput.text(text)).verdict()).isEqualTo(Verdict.SCAM);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Reminder: admins will never DM you first, never share your seed phrase",
                "How do I reset my 2FA after losing my phone?",
                "https://www.binance.com/en/support",
                "https://app.uniswap.org/swap",
                // support questions that carry a transaction id or an address (the classifier once
                // read a hash's letters as spam)
                "tx 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 is stuck",
                "My tx is 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318, still not credited",
                "sent usdt to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE two hours ago, where is it?",
                "deposit to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq not showing",
                "Our school's page: https://www.hampton.org.uk",
                "Read it on theledger.com.au"
            })
    void defaultShieldLeavesHamClean(String text) {
        assertThat(shield.check(ScamInput.text(text)).verdict()).isEqualTo(Verdict.CLEAN);
    }

    @Test
    void doesNotFlagTheBundledMetamaskWhitelist() throws IOException {
        List<String> whitelist = whitelist(new String(ShieldFactoryTest.class
                .getResourceAsStream(ShieldFactory.BUNDLED_METAMASK)
                .readAllBytes()));

        LinkEvaluation evaluation = new LinkEvaluator(shield).run(whitelist);

        assertThat(evaluation.domains()).isGreaterThan(1000);
        assertThat(evaluation.flagged()).isZero();
    }

    @Test
    void doesNotFlagTheEvaluationCopyOfTheMetamaskWhitelist() throws IOException {
        Path copy = Path.of("/work/shared/eval/links/eth-phishing-detect-config.json");
        assumeTrue(Files.isReadable(copy), "evaluation data not present");

        assertThat(new LinkEvaluator(shield)
                        .run(whitelist(Files.readString(copy)))
                        .flagged())
                .isZero();
    }

    @Test
    void usesTheBundledBlacklist() {
        assertThat(shield.check(ScamInput.text("https://myetherwallet.com.ru/")).verdict())
                .isNotEqualTo(Verdict.CLEAN);
    }

    @Test
    void retrainsWhenModeratorsAddVerdicts() {
        LinearScamClassifier classifier = BundledModels.classifier();
        String text = "quokka lottery tickets for the blue festival";
        double before = classifier.scamProbability(text);

        for (int i = 0; i < 5; i++) {
            classifier.addSample("quokka lottery tickets for the blue festival, buy now number " + i, true);
        }
        classifier.rebuild();

        assertThat(classifier.scamProbability(text)).isGreaterThan(before);
        assertThat(components.shield().check(ScamInput.text("hello")).has(Signal.CLASSIFIER))
                .isFalse();
    }

    private static List<String> whitelist(String json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<String> out = new ArrayList<>();
        root.path("whitelist").forEach(n -> out.add(n.asString()));
        return out;
    }
}
