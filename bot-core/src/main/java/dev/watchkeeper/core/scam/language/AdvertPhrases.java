package dev.watchkeeper.core.scam.language;

import static dev.watchkeeper.core.scam.Signal.ADULT_OR_ILLEGAL;
import static dev.watchkeeper.core.scam.Signal.AIRDROP_SPAM;
import static dev.watchkeeper.core.scam.Signal.OFF_TOPIC_ADVERT;
import static dev.watchkeeper.core.scam.Signal.PROMOTION;
import static dev.watchkeeper.core.scam.Signal.TOO_GOOD_TO_BE_TRUE;
import static dev.watchkeeper.core.scam.language.PhraseRule.of;

import java.util.List;

/**
 * Off-topic adverts and investment testimonials, in English and Russian: the spam that has no
 * scam vocabulary of its own. An advert is recognised by what it does (invites the group to an
 * event, offers a paid service, sends readers to a link to sign up), a testimonial by its
 * money-multiplying story ("turned my $300 into $5000"). Each rule is weak on its own; an
 * advert usually trips several signals at once.
 */
final class AdvertPhrases {
    private static final String NS = "[^.!?\\n]";

    static final List<PhraseRule> ENGLISH = List.of(
            of(
                    OFF_TOPIC_ADVERT,
                    0.4,
                    "here|link",
                    "\\b(join us|sign(ing)? up|register|book (your|a)|submit (your )?\\w+|grab (this|the) deal|reserve (your|a)"
                            + " (spot|seat|place)|check (it )?out|more details)\\b" + NS
                            + "{0,30}\\b(here|(through|via|using|at|with|on) (this|the|our) link|this link)\\b"),
            // exchanges announce their own news this way too: weak on its own
            of(
                    OFF_TOPIC_ADVERT,
                    0.3,
                    "thrilled|excited|delighted|pleased",
                    "\\b(we'?re|we are) (thrilled|excited|delighted|pleased) to (announce|invite|share|offer)\\b"),
            of(
                    OFF_TOPIC_ADVERT,
                    0.45,
                    "group",
                    "\\bgroup (trek|trip|tour|hike|exhibition|retreat|vacation|workshop|gaming|yoga|meetup|class"
                            + "|session)s?\\b"),
            of(
                    OFF_TOPIC_ADVERT,
                    0.4,
                    "limited|fast|hurry|lasts",
                    "\\b(spots|seats|places|slots|tickets) are limited\\b|\\blimited[- ]time (offer|deal)\\b|\\bact fast\\b"
                            + "|\\bhurry( up)?\\b|\\bwhile (it|they|stocks?|supplies) lasts?\\b"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.65,
                    "$|usd|dollar",
                    "\\b(invest(ed|ment|ing)?|deposit(ed)?|turn(ed|ing)?|start(ed)? with)( of| my| in| with| only| just)*"
                            + " \\$ ?\\d[\\d,.]*k?" + NS
                            + "{0,40}\\b(to|into|withdraw(al|n|ed)?( of)?|cash(ed)? ?out( of)?|profit of|payout of)"
                            + " \\$ ?\\d"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.5,
                    "successful|testimon|recommend",
                    "\\bsuccessful(ly)? (cash ?out|withdrawal|payout|withdrew|withdrawn)\\b|\\b(share|sharing|drop|post)"
                            + " (my|this) testimon(y|ial)\\b|\\bi (highly|strongly|really) recommend (checking |contacting |"
                            + "reaching out to )?(them|her|him)\\b"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.45,
                    "platform|company|broker|investment",
                    "\\b(this|the|their) (platform|company|broker|investment|trading platform) (is|has been|was) (so |very |truly"
                            + " |really |100% )?(legit|legitimate|genuine|reliable|real|helpful|trustworthy|confidential|the best)\\b"
                            + "|\\b(ideal|excellent|great|smart|perfect) (choice|pick) for\\b|\\binvestment (prospect|opportunity)"
                            + "\\b|\\b(stable|lucrative|profitable) investment\\b"),
            of(
                    AIRDROP_SPAM,
                    0.45,
                    "claim|reward|share|must join|pin",
                    "\\bclaim (fast|now|quickly)\\b|\\b(huge|massive) rewards\\b|\\bgive out (huge |massive )?rewards\\b"
                            + "|\\bshare (the )?\\$ ?\\d[\\d,.]*k?\\b|\\bmust join\\b|\\bpin (it )?to top\\b"),
            of(
                    PROMOTION,
                    0.4,
                    "launch|influencer",
                    "\\b(stealth|fair) launch\\b|\\blaunch(ing)? (in \\d|incoming|now live)|\\bpaid \\d* ?\\w* ?influencers\\b"));

    static final List<PhraseRule> RUSSIAN = List.of(
            of(
                    OFF_TOPIC_ADVERT,
                    0.5,
                    "размеща|объявлени|карточк",
                    "размеща\\S* (здесь |тут )?(сво|мо)\\S* (карточк|объявлени|анкет|резюме)"),
            of(
                    OFF_TOPIC_ADVERT,
                    0.45,
                    "бесплатн",
                    "(перв|пробн|ознакомительн)\\S* (пробн\\S* )?(заняти|консультац|урок|сесси|встреч)\\S*" + NS
                            + "{0,20}бесплатн"),
            of(
                    OFF_TOPIC_ADVERT,
                    0.35,
                    "психолог|коуч|репетитор|таролог|астролог|нутрициолог|дизайнер|маркетолог|фотограф|визажист|массажист",
                    "(меня зовут|(?<![а-яё])я [-—–]?)" + NS
                            + "{0,40}(психолог|коуч|репетитор|таролог|астролог|нутрициолог|дизайнер|маркетолог|фотограф"
                            + "|визажист|массажист)"),
            of(
                    OFF_TOPIC_ADVERT,
                    0.45,
                    "к нам|с нами|наш сервис|наш чат|наш канал|наша групп",
                    "вам к нам|обращайтесь к нам|свяжитесь с нами|наш сервис|наш (чат|канал):|наша группа:"
                            + "|подписывайтесь на наш"),
            of(OFF_TOPIC_ADVERT, 0.45, "спасибо|даром", "за спасибо|отдам даром|отдаю даром"),
            of(
                    OFF_TOPIC_ADVERT,
                    0.4,
                    "всего|заказ|умельц|мастер",
                    "всего \\d+ (руб|р\\b|₽|\\$|долл)|много заказов|ищем (умельц|мастер)"),
            of(
                    ADULT_OR_ILLEGAL,
                    0.8,
                    "поддельн|фальшив|банкомат",
                    "(поддельн|фальшив)\\S* (валют|купюр|деньг|банкнот|документ|паспорт|прав|доллар|рубл)"
                            + "|принимает (любой )?банкомат"));

    private AdvertPhrases() {}
}
