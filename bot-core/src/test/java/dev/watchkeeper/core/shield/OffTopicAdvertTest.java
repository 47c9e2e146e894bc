package dev.watchkeeper.core.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.text.FallbackSkeleton;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Off-topic adverts and investment testimonials: spam without scam vocabulary of its own. */
class OffTopicAdvertTest {
    private final ScamShield shield = new ScamShield(
            ShieldSettings.defaults(),
            new FallbackSkeleton(),
            new FakeRegistrableDomains(),
            DomainLists.none(),
            ScamClassifier.none(),
            new MinHashConfirmedScams(),
            new MinHashConfirmedScams(),
            TestEvidenceModels.uniform());

    private ScamVerdict check(String text) {
        return shield.check(ScamInput.text(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hi everyone! We're hosting a group yoga retreat by the lake next month. Places are limited, so reserve"
                        + " your spot through this link before Friday",
                "Hello members! We are thrilled to announce a group photography workshop downtown. Sign up here, seats"
                        + " are limited",
                "I started with $250 and withdrew $6,300 after two weeks. All thanks to @GraceFx_trader, I highly"
                        + " recommend her",
                "Successful withdrawal again today! Their trading platform is truly legit, sharing my testimony so"
                        + " everyone can benefit. Invested $300 and got $4,900 back",
                "Здравствуйте! Меня зовут Анна, я нутрициолог. Первая консультация бесплатно, размещаю здесь свою"
                        + " карточку, пишите в лс",
                "Делаем сайты и ботов под ключ, цены от 3000 руб, тогда вам к нам! Много заказов, ищем мастеров,"
                        + " пишите в личку",
                "Продаю поддельные купюры, не отличить от настоящих, пиши @cash_print_shop",
                "Пᴏддᴇᴧьныᴇ ᴋуᴨюᴩы ᴨᴩиниʍᴀᴇᴛ ᴧюбᴏй бᴀнᴋᴏʍᴀᴛ, ᴨиɯи ʙ ᴧᴄ"
            })
    void flagsOffTopicAdvertsAndTestimonials(String text) {
        ScamVerdict verdict = check(text);

        assertThat(verdict.verdict()).as(verdict.reasons().toString()).isEqualTo(Verdict.SCAM);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We're excited to announce that SEPA withdrawals are back online",
                "How do I sign up here? The registration page will not load for me",
                "Hurry up and update the app, the old version stops working tomorrow",
                "Check it out here, the fee schedule is on the official site",
                "I deposited $200 to my account yesterday and it still is not showing, can support help?",
                "BTC went from $8,000 to $9,500 this week, nice move",
                "Я психолог по образованию, но сейчас торгую. Подскажите, как вывести USDT на карту?",
                "Спасибо за помощь, всё заработало!",
                "Какая комиссия за вывод? Всего 5 USDT или больше?",
                "Осторожно, в чате продают поддельные купюры. Никогда не пишите таким людям",
                "Admins will never DM you, never share your seed phrase",
                "I think I got scammed, what do I do?"
            })
    void leavesNearMissesClean(String text) {
        ScamVerdict verdict = check(text);

        assertThat(verdict.verdict()).as(verdict.reasons().toString()).isEqualTo(Verdict.CLEAN);
    }
}
