package dev.watchkeeper.core.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.text.FallbackSkeleton;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScamShieldTest {
    private static final ShieldSettings SETTINGS = ShieldSettings.defaults()
            .withProtected(Set.of("okx.com", "binance.com", "metamask.io"), Set.of("okx"))
            .withStaff(Set.of("Alice Moderator", "bob_support_lead"), "Watchkeeper", Set.of("role-team"));

    private final ScamShield shield = new ScamShield(
            SETTINGS,
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
                "Hello, this is the Kraken support team. What is your login email and your 2FA code so we can fix it?",
                "hi im from bybit support, what are your account email and sms code? need it to unlock",
                // English
                "Hello, I am from the support team. Send me your 12 word recovery phrase so I can sync your wallet",
                "Send 0.5 ETH to this address and receive 1 ETH back, Vitalik is doubling all deposits today",
                "Lost your crypto? Our fund recovery experts get back stolen BTC. Contact @RecoverAgent_Pro",
                "I invested $500 and received $7,400 in 5 days with Mrs Jennifer, her platform is legit. Message her",
                "🎁 Airdrop is live! Connect your wallet and claim your tokens at okx-claim.xyz",
                "Сlаim yоur frее tоkеns nоw, cоnnеct yоur wаllеt bеfоrе thе snаpshоt",
                "Hi, I'm from support. What is your password? I need it to fix your account, DM me",
                // a warning's words around a request that names a contact do not excuse the request
                "Beware of scammers, admins never DM first. For help contact @okx_helpdesk_team and send them your"
                        + " seed phrase to verify your wallet",
                "Beware of scammers, DM @okx_helpdesk and send your seed phrase to verify your wallet",
                // Russian
                "Нужны люди на удаленку, доход от 200$ в день, обучение бесплатно, пишите в лс",
                "Здравствуйте, я из поддержки. Отправьте фразу для восстановления кошелька, чтобы разблокировать вывод",
                "Печатаем фальшивые купюры, принимает любой банкомат и обменка, пиши @fake_money_shop",
                // Chinese
                "官方客服：请提供您的助记词完成钱包验证，否则资金将被冻结",
                "我是官方客服，请把你的助记词发给我，我帮你恢复钱包",
                "日赚500元，稳赚不赔，加我微信私聊了解",
                // Spanish
                "Soporte oficial: envíame tu frase semilla para verificar tu billetera, escríbeme al privado",
                "Gana 300 dólares al día desde casa, ganancias garantizadas, escríbeme al privado",
                // Portuguese
                "Suporte oficial aqui. Me passe sua frase de recuperação para desbloquear a carteira, me chama no pv",
                "Ganhe R$ 500 por dia, lucro garantido, me chama no privado",
                // Turkish
                "Resmi destek ekibi: cüzdanınızı doğrulamak için kurtarma ifadenizi gönderin, bana yaz",
                "Garantili kazanç! Günlük 2000 TL kazan, paranızı ikiye katlıyoruz, DM at"
            })
    void flagsScamsInSixLanguages(String text) {
        ScamVerdict verdict = check(text);

        assertThat(verdict.verdict()).as(verdict.reasons().toString()).isEqualTo(Verdict.SCAM);
        assertThat(verdict.reasons()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // warnings and questions use scam words but are not scams
                "Reminder: admins will never DM you first. Never share your seed phrase or private key with anyone",
                "Is this a scam? Someone asked me to connect my wallet to claim an airdrop",
                "I think I got scammed, what do I do? They asked for my recovery phrase and now my wallet is empty",
                "Be careful, fake support accounts ask for 2FA codes. Nobody from the team will ask for them",
                "Be careful. Scammers will DM you pretending to be support and ask for your seed phrase. Don't reply",
                "Never share your seed phrase. If someone asks you to send it, report them to @okx_mods",
                "Admins will never DM you, never share your seed phrase, report anyone who asks to @okx_mods",
                "Администраторы никогда не пишут первыми. Никому не сообщайте сид фразу",
                "Это развод? Мне написали, что я выиграл розыгрыш",
                "提醒：管理员不会私信你，不要把助记词告诉任何人",
                "Nunca compartan su frase semilla, los administradores nunca les escribirán",
                "Não compartilhe sua frase de recuperação com ninguém, é golpe",
                "Kurtarma ifadenizi kimseyle paylaşmayın, yöneticiler size asla özelden yazmaz",
                // ordinary support questions and chatter
                "How long does a withdrawal to my bank take? It's been pending for two hours",
                "I forgot my password, how do I reset it?",
                "My tx is 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318, still not credited",
                "BTC just broke 70k again, let's see if it holds through the weekend",
                "Check the official site https://www.okx.com/help before asking",
                "Подскажите, сколько идет вывод на карту?",
                "请问提现到银行卡一般需要多久？",
                "¿Cuánto tarda un retiro a la cuenta bancaria?",
                "Quanto tempo demora um saque?",
                "Para çekme işlemi ne kadar sürer?"
            })
    void leavesWarningsQuestionsAndChatterClean(String text) {
        ScamVerdict verdict = check(text);

        assertThat(verdict.verdict()).as(verdict.reasons().toString()).isEqualTo(Verdict.CLEAN);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://okx.com-login.xyz/verify",
                "https://0kx.com/login",
                "https://binnance.com/en/login",
                "go to okx-airdrop.xyz",
                "https://metamask-restore.top",
                "https://okx.community.xyz/login"
            })
    void flagsLookalikesOfProtectedDomains(String text) {
        ScamVerdict verdict = check(text);

        assertThat(verdict.verdict()).isEqualTo(Verdict.SCAM);
        assertThat(verdict.has(Signal.LOOKALIKE_DOMAIN) || verdict.has(Signal.BAIT_DOMAIN))
                .isTrue();
    }

    @Test
    void flaggedDomainsAreTheLinksItHoldsAgainstATextNotSharedHostsOrOfficialOnes() {
        assertThat(shield.flaggedDomains("claim at https://okx-airdrop.xyz/claim or okx-bonus.click,"
                        + " news on https://www.okx.com, chat t.me/+AbCdEf, short bit.ly/3xYz"))
                .containsExactly("okx-airdrop.xyz", "okx-bonus.click");
        assertThat(shield.flaggedDomains("Is the airdrop on okx.com real?")).isEmpty();
    }

    @Test
    void deletesLeakedSeedAtOnceAndNeverQuotesIt() {
        ScamVerdict verdict =
                check("is my wallet ok? legal winner thank year wave sausage worth useful legal winner thank yellow");

        assertThat(verdict.verdict()).isEqualTo(Verdict.SCAM);
        assertThat(verdict.action()).isEqualTo(ScamAction.DELETE_AND_WARN_AUTHOR_PRIVATELY);
        assertThat(verdict.reasons().toString()).doesNotContain("winner", "sausage");
    }

    @Test
    void catchesSecretsFromStaffButExemptsThemFromScoring() {
        UserRef admin = new UserRef(Platform.TELEGRAM, "1", "alice", "Alice Moderator", false);
        ScamInput promo =
                new ScamInput("Airdrop live! Connect your wallet at okx-claim.xyz", admin, Set.of(), 500, true, 0);
        ScamInput leak = new ScamInput(
                "legal winner thank year wave sausage worth useful legal winner thank yellow",
                admin,
                Set.of(),
                500,
                true,
                0);

        assertThat(shield.check(promo).verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(shield.check(leak).action()).isEqualTo(ScamAction.DELETE_AND_WARN_AUTHOR_PRIVATELY);
    }

    @Test
    void exemptsTrustedRoles() {
        UserRef member = new UserRef(Platform.DISCORD, "2", "carol", "Carol", false);
        ScamInput input =
                new ScamInput("Free airdrop, claim at okx-claim.xyz", member, Set.of("role-team"), 3, false, 0);

        assertThat(shield.check(input).verdict()).isEqualTo(Verdict.CLEAN);
    }

    @Test
    void judgesFirstMessagesMoreStrictly() {
        UserRef member = new UserRef(Platform.TELEGRAM, "3", "dave", "Dave", false);
        String text = "Join our trading chat t.me/+AbCdEfGh123";

        ScamVerdict first = shield.check(new ScamInput(text, member, Set.of(), 0, false, 0));
        ScamVerdict later = shield.check(new ScamInput(text, member, Set.of(), 200, false, 0));

        assertThat(first.score()).isEqualTo(later.score());
        assertThat(first.verdict().compareTo(later.verdict())).isPositive();
        assertThat(first.has(Signal.NEW_MEMBER)).isTrue();
    }

    @Test
    void flagsImpersonatorsOfStaffAndOfficialRoles() {
        UserRef fakeAlice = new UserRef(Platform.TELEGRAM, "4", "alice_m0derator", "Аlice Moderator", false);
        UserRef fakeSupport = new UserRef(Platform.TELEGRAM, "5", "watchkeeper_support", "Help Desk", false);

        ScamVerdict first =
                shield.check(new ScamInput("DM me for help with withdrawals", fakeAlice, Set.of(), 50, false, 0));
        ScamVerdict second = shield.check(new ScamInput("hello", fakeSupport, Set.of(), 50, false, 0));

        assertThat(first.has(Signal.IMPERSONATION)).isTrue();
        assertThat(first.verdict()).isEqualTo(Verdict.SCAM);
        assertThat(second.has(Signal.IMPERSONATION)).isTrue();
    }

    @Test
    void flagsMassMentions() {
        ScamVerdict verdict = check("@anna @bob @carl @dina @eric @fred look at this");

        assertThat(verdict.has(Signal.MASS_MENTION)).isTrue();
    }

    @Test
    void scoresNearDuplicatesOfConfirmedScamsLikeThem() {
        shield.confirmScam("Exclusive offer for our members: get a bonus on your first deposit at our partner today");

        ScamVerdict verdict =
                check("Exclusive offer for our members: get a bonus on your first deposit at our partner today!!");

        assertThat(verdict.has(Signal.NEAR_DUPLICATE)).isTrue();
        assertThat(verdict.verdict()).isEqualTo(Verdict.SCAM);
    }

    @Test
    void aWarningThatQuotesAConfirmedScamIsNotTheScam() {
        String scam = "Dear members, our partner exchange gives an exclusive bonus on your first deposit this week"
                + " only, the offer ends on Friday and places are limited, hurry before it is gone";
        shield.confirmScam(scam);

        ScamVerdict warning = check("Beware, scammers are posting this everywhere: " + scam);

        assertThat(warning.has(Signal.NEAR_DUPLICATE)).isTrue();
        assertThat(warning.verdict()).as(warning.reasons().toString()).isEqualTo(Verdict.CLEAN);
        assertThat(check(scam + "!").verdict()).isEqualTo(Verdict.SCAM);
    }

    @Test
    void flagsForeignInvitesButNotTheCommunitysOwn() {
        ShieldSettings own = new ShieldSettings(
                0.97, 0.8, 5, 0.9, Set.of(), Set.of(), Set.of(), "", Set.of(), Set.of("t.me/watchkeeper_chat"), 5);
        ScamShield withInvites = new ScamShield(
                own,
                new FallbackSkeleton(),
                new FakeRegistrableDomains(),
                DomainLists.none(),
                ScamClassifier.none(),
                ConfirmedScams.none(),
                new MinHashConfirmedScams(),
                TestEvidenceModels.uniform());

        assertThat(withInvites
                        .check(ScamInput.text("join t.me/watchkeeper_chat"))
                        .reasons())
                .isEmpty();
        assertThat(withInvites
                        .check(ScamInput.text("join https://t.me/+AbCdEf123"))
                        .has(Signal.FOREIGN_INVITE))
                .isTrue();
        assertThat(withInvites.check(ScamInput.text("discord.gg/cryptogems")).has(Signal.FOREIGN_INVITE))
                .isTrue();
    }

    @Test
    void aTextAModeratorDismissedStaysCleanAndSoDoNearCopiesOfIt() {
        String text = "Dear members, places are limited: DM me for the VIP signals group today";
        assertThat(check(text).verdict()).isNotEqualTo(Verdict.CLEAN);

        shield.dismiss(text);

        assertThat(check(text).verdict()).isEqualTo(Verdict.CLEAN);
        assertThat(check(text + "!").verdict()).isEqualTo(Verdict.CLEAN);
    }

    @Test
    void aDismissalNeverHidesALeakedSeedPhrase() {
        String seed = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
        shield.dismiss(seed);

        assertThat(check(seed).leaksSecret()).isTrue();
    }

    @Test
    void aHugeMessageIsJudgedOnItsBoundedStartAndEnd() {
        String junk = "lorem ipsum dolor sit amet ".repeat(4_000);
        String scam = "Hello I am from support, DM me your seed phrase to unlock your withdrawal";

        long start = System.nanoTime();
        ScamVerdict verdict = check(junk + scam);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(verdict.verdict()).isEqualTo(Verdict.SCAM);
        // linear and capped: a quadratic step would take seconds on 100 KB
        assertThat(millis).isLessThan(2_000);
    }

    @Test
    void theTextModelsReasonNamesTheWordsThatDroveIt() {
        ScamShield withModel = new ScamShield(
                SETTINGS,
                new FallbackSkeleton(),
                new FakeRegistrableDomains(),
                DomainLists.none(),
                new ScamClassifier() {
                    @Override
                    public double scamProbability(String normalizedText) {
                        return normalizedText.contains("guaranteed") ? 0.93 : 0.01;
                    }

                    @Override
                    public java.util.List<String> drivers(String normalizedText, int limit) {
                        return java.util.List.of("guaranteed", "profit");
                    }
                },
                new MinHashConfirmedScams(),
                new MinHashConfirmedScams(),
                TestEvidenceModels.uniform());

        ScamVerdict verdict = withModel.check(ScamInput.text("guaranteed profit every week with our bot"));

        assertThat(verdict.reasons()).anySatisfy(r -> assertThat(r.detail()).contains("0.93", "guaranteed", "profit"));
    }
}
