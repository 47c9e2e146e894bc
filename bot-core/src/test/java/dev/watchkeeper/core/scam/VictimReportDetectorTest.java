package dev.watchkeeper.core.scam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VictimReportDetectorTest {
    private final VictimReportDetector detector = new VictimReportDetector();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I think I got scammed, what do I do?",
                "My wallet was drained last night",
                "someone stole my USDT after I clicked a link",
                "Меня обманули, перевел деньги человеку из лс",
                "у меня взломали аккаунт, мои средства украли",
                "我被骗了，怎么办？",
                "我的钱包被盗了",
                "Me estafaron con una página falsa",
                "Fui golpeado, minha carteira foi esvaziada",
                "Dolandırıldım, ne yapmalıyım?"
            })
    void recognisesVictimReports(String text) {
        assertThat(detector.isVictimReport(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "How do I enable 2FA?",
                "Never share your seed phrase, scammers will drain your wallet",
                "Подскажите, как вывести средства?",
                "请问怎么充值？"
            })
    void ignoresOtherMessages(String text) {
        assertThat(detector.isVictimReport(text)).isFalse();
    }
}
