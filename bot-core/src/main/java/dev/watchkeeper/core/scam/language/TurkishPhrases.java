package dev.watchkeeper.core.scam.language;

import static dev.watchkeeper.core.scam.Signal.ADULT_OR_ILLEGAL;
import static dev.watchkeeper.core.scam.Signal.AIRDROP_SPAM;
import static dev.watchkeeper.core.scam.Signal.CONTACT_REDIRECT;
import static dev.watchkeeper.core.scam.Signal.EARNINGS_PROMISE;
import static dev.watchkeeper.core.scam.Signal.FAKE_SUPPORT;
import static dev.watchkeeper.core.scam.Signal.JOB_SPAM;
import static dev.watchkeeper.core.scam.Signal.SECRET_REQUEST;
import static dev.watchkeeper.core.scam.Signal.TOO_GOOD_TO_BE_TRUE;
import static dev.watchkeeper.core.scam.language.PhraseRule.of;

import java.util.List;

/** Social-engineering and spam phrases in Turkish. */
final class TurkishPhrases {
    private static final String NS = "[^.!?\\n]";
    private static final String SECRET = "(kurtarma (ifade|kelime|cümle)|gizli (kelime|ifade|anahtar)|özel anahtar|seed"
            + "|(12|24) kelime|doğrulama kod|2fa kod|şifre)";
    private static final String GIVE = "(gönder|paylaş|yaz|gir|ver|ilet|söyle)";

    static final List<PhraseRule> RULES = List.of(
            of(
                    SECRET_REQUEST,
                    0.85,
                    "kurtarma|gizli|özel anahtar|seed|kelime|doğrulama|2fa|şifre",
                    SECRET + "\\S*" + NS + "{0,30}" + GIVE + "|" + GIVE + "\\S*" + NS + "{0,30}" + SECRET),
            of(
                    FAKE_SUPPORT,
                    0.7,
                    "çalın|kaybol|dolandırılan",
                    "(çalınan|kaybolan|dolandırılan)" + NS + "{0,20}(fon|para|kripto|coin)\\S*" + NS
                            + "{0,20}(geri al|kurtar)"),
            of(
                    FAKE_SUPPORT,
                    0.55,
                    "destek|müşteri|yardım",
                    "(destek|müşteri hizmetleri|yardım masası)" + NS + "{0,20}(@[a-z0-9_]{4,}|whatsapp|dm)"),
            of(
                    CONTACT_REDIRECT,
                    0.45,
                    "dm|özel|bana",
                    "(dm at|dmden|dm'den|özelden yaz|özelden ulaş|bana yaz|bana ulaş|özel mesaj at)"),
            of(CONTACT_REDIRECT, 0.5, "@", "@[a-z0-9_]{4,} (ile )?(iletişime geç|yaz|ulaş)"),
            of(
                    EARNINGS_PROMISE,
                    0.6,
                    "günlük|haftalık|aylık|günde|haftada",
                    "(günlük|haftalık|aylık|günde|haftada)" + NS + "{0,15}\\d[\\d.,]*\\s?(tl|₺|\\$|usd|usdt|dolar|euro)"
                            + NS + "{0,20}(kazan|gelir|kar)"),
            of(EARNINGS_PROMISE, 0.35, "gelir", "(pasif|ek) gelir"),
            of(TOO_GOOD_TO_BE_TRUE, 0.6, "garanti", "garanti(li)? (kazanç|kar|getiri)"),
            of(TOO_GOOD_TO_BE_TRUE, 0.65, "katla", "(paranı|yatırımını|paranızı|yatırımınızı)" + NS + "{0,10}katla"),
            of(TOO_GOOD_TO_BE_TRUE, 0.3, "çekiliş|risksiz", "(çekiliş|risksiz)"),
            of(
                    JOB_SPAM,
                    0.35,
                    "evden|deneyim|tecrübe|part-time|part time|ek iş",
                    "(evden çalış|deneyim gerekmez|tecrübe gerekmez|part[- ]time|ek iş)"),
            of(
                    JOB_SPAM,
                    0.45,
                    "arıyoruz|alınacak|aranıyor",
                    "(eleman|kişi|ortak|personel)\\S*" + NS + "{0,20}(arıyoruz|alınacak|aranıyor)"),
            of(
                    AIRDROP_SPAM,
                    0.45,
                    "airdrop|token|ödül",
                    "(airdrop|token|ödül)\\S*" + NS + "{0,10}(talep et|claim|al[ıi]n)"),
            of(AIRDROP_SPAM, 0.45, "cüzdan", "cüzdan\\S* bağla"),
            of(ADULT_OR_ILLEGAL, 0.6, "sahte|çıplak|müstehcen|eskort", "(sahte para|çıplak|müstehcen|eskort)"));

    private TurkishPhrases() {}
}
