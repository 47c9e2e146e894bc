package dev.watchkeeper.core.shield;

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
                "Dolandırıldım, ne yapmalıyım?",
                "they scammed me, the 'support' guy asked me to connect my wallet",
                "this guy scammed me, he said he was an admin",
                "he stole my usdt after I sent him my recovery words",
                "a scammer drained my wallet through a fake airdrop",
                "мне взломали аккаунт, что делать?",
                "у меня украли все монеты с биржи",
                "меня заскамили в лс",
                "骗子骗了我500 USDT",
                "我的钱被盗了，怎么办",
                "Un tipo me estafó por privado",
                "Me roubaram 300 USDT pelo direct",
                "Sofri um golpe no airdrop falso",
                "Beni dolandırdılar, hesabımı boşalttılar"
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
                "请问怎么充值？",
                "Reminder: admins will never DM you first. Never share your seed phrase",
                "is this a scam?",
                "is this a scam? he says he is support and wants to help me",
                "scammers will steal your funds if you share your seed",
                "Don't let them scam you: support never DMs first",
                "это развод? мне пишут из поддержки",
                "Никогда не сообщайте никому сид-фразу, мошенники украдут ваши средства",
                "小心骗子，不要被骗",
                "¿Es una estafa? Nunca compartas tu frase semilla",
                "Nunca passe sua frase de recuperação, é golpe",
                "Dikkat: yöneticiler size asla önce yazmaz",
                "How do I change my password after the update?"
            })
    void ignoresOtherMessages(String text) {
        assertThat(detector.isVictimReport(text)).isFalse();
    }
}
