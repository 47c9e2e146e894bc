package dev.watchkeeper.core.scam.language;

import static dev.watchkeeper.core.scam.Signal.ADULT_OR_ILLEGAL;
import static dev.watchkeeper.core.scam.Signal.AIRDROP_SPAM;
import static dev.watchkeeper.core.scam.Signal.CONTACT_REDIRECT;
import static dev.watchkeeper.core.scam.Signal.EARNINGS_PROMISE;
import static dev.watchkeeper.core.scam.Signal.FAKE_SUPPORT;
import static dev.watchkeeper.core.scam.Signal.JOB_SPAM;
import static dev.watchkeeper.core.scam.Signal.PROMOTION;
import static dev.watchkeeper.core.scam.Signal.SECRET_REQUEST;
import static dev.watchkeeper.core.scam.Signal.TOO_GOOD_TO_BE_TRUE;
import static dev.watchkeeper.core.scam.language.PhraseRule.of;

import java.util.List;

/** Social-engineering phrases in English. */
final class EnglishPhrases {
    private static final String NO_STOP = "[^.!?\\n]";

    static final List<PhraseRule> RULES = List.of(
            of(
                    PROMOTION,
                    0.45,
                    "opportunity|chance|deal|offer",
                    "\\b(unbelievable|incredible|amazing|fantastic|rare|golden|once in a lifetime) (opportunity|chance|deal"
                            + "|offer)\\b"),
            of(
                    PROMOTION,
                    0.5,
                    "news|update|announcement|exciting",
                    "\\b(news|update|announcement) for (everyone|all)\\b|\\bexciting (news" + "|update)\\b"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.6,
                    "earn|made|make|got|received",
                    "\\b(earn|earned|made|make|got|received)\\w* (over |more than |up to )?\\$ ?\\d[\\d,.]*k?\\b"
                            + NO_STOP
                            + "{0,40}\\b(within|in) (a |just |only )?(short period|few days|\\d+ (days|hours|weeks))"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.5,
                    "deposit|investment|capital",
                    "\\b(little|small|minimum|initial|just|only) (an? )?(deposit|investment|capital) of \\$ ?\\d"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.45,
                    "invest",
                    "\\b(invest(ing|ment|ed)?)\\b[^\\n]{0,100}\\b(platform|company|companies)\\b"),
            of(
                    PROMOTION,
                    0.5,
                    "we're|we are|invited|sneak peek|teamed|partnered|giving away|give away",
                    "\\b(we'?re|we are) (launching|hosting|organizing|planning|introducing|offering)\\b"
                            + "|\\byou'?re (all )?invited\\b|\\bsneak peek\\b|\\b(teamed|partnered) (up )?with\\b"
                            + "|\\bgiv(e|ing) (them |it )?away\\b"),
            of(
                    JOB_SPAM,
                    0.45,
                    "needed|wanted|required",
                    "\\b\\d+ (people|persons|individuals|ladies|partners) (are |is )?(needed|wanted|required)\\b"),
            of(PROMOTION, 0.4, "everyone|all", "\\b(hey|hi|hello|dear),? (everyone|all|guys)\\b"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.5,
                    "signal|group",
                    "\\b(free|vip|paid|premium|pump|profitable|accurate) (crypto |trading )?signals?\\b|\\bsignals? (group"
                            + "|channel)\\b|\\b(paid|vip|private|premium) (group|channel) (is )?(now )?free\\b"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.55,
                    "btc|eth|%|x ",
                    "\\b\\d+[.,]?\\d* ?(btc|eth) ?-+>+ ?\\d+[.,]?\\d* ?(btc|eth)\\b|\\b\\d{2,4} ?% (in|within) (\\d+ )?"
                            + "(hours?|days?|a week)\\b|\\b\\d{1,3}x (gains?|profit|coin|pump|potential)\\b"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.5,
                    "found|discovered|came across",
                    "\\b(found|discovered|came across) (an? |this |his |her )?(amazing |incredible |private |exclusive |secret )?"
                            + "(channel|group|community)\\b[^\\n]{0,200}\\b(whale|signals?|insights?|trader|trading|profits?)\\b"
                            + "|\\b(whale|trading expert|renowned trader)\\b[^\\n]{0,200}\\b(channel|group)\\b"),
            of(
                    PROMOTION,
                    0.6,
                    "attention all|calling all|group|everyone|members|our community",
                    "\\b(attention|calling) all\\b|\\b(hey|hi|hello|dear),? (group|members)\\b|\\bgroup "
                            + "members\\b|\\beveryone in (this|the|here)\\b|\\bour (group|community) (has been|is|was)\\b"),
            of(
                    PROMOTION,
                    0.5,
                    "exclusive|special|limited|miss|chance|discount|register|sign up|opportunity",
                    "\\b(exclusive|special) (offer|discount|deal|access|event|session|plan|promotion)|\\blimited (spots|slots"
                            + "|offer|time)|\\bdon'?t miss\\b|\\b(this is your|a rare|great) (chance|opportunity)\\b|\\bgroup "
                            + "discount|\\b(register|sign up) (now|today)\\b"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.55,
                    "won|winner|selected|prize|congratulations",
                    "\\byou('ve| have)? (won|been selected)\\b|\\bcongratulations!? you\\b|\\b(you are|you're) (a |our )?"
                            + "(lucky )?winner|\\bclaim (your|ur) (prize|reward|cash|award)"),
            of(
                    CONTACT_REDIRECT,
                    0.45,
                    "call|txt|text",
                    "\\b(call|txt|text|ring)\\w* (now |us |free )?(on |to )?\\+?\\d{10,}"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.45,
                    "changed|bless|failed|word|testify",
                    "\\bchanged (my |our )?li(fe|ves)\\b|\\bgod bless you\\b|\\bnever failed me\\b|\\bman of (your|his)"
                            + " words?\\b|\\btestify\\b"),
            of(
                    AIRDROP_SPAM,
                    0.55,
                    "drop",
                    "\\bdrop (your|ur) (wallets?|address|sol|eth|bnb|trx) (address )?(for|to)\\b"),
            of(
                    SECRET_REQUEST,
                    0.85,
                    "seed|phrase|mnemonic|recovery|secret|words",
                    "\\b(send|share|give|provide|enter|type|submit|paste|input|drop|tell|dm|pm|import|verify|validate"
                            + "|confirm|need|require)\\w*\\b" + NO_STOP
                            + "{0,40}\\b(seed|recovery|secret|mnemonic|backup|wallet)"
                            + "[ -]?(phrase|words|key)|\\b(12|24)[ -]words?\\b"),
            of(
                    SECRET_REQUEST,
                    0.85,
                    "key|2fa|otp|code|password|passphrase|phrase|mnemonic",
                    "\\b(send|share|give|provide|enter|submit|paste|dm|pm|tell|need)\\w*\\b" + NO_STOP
                            + "{0,30}\\b(private key|priv key|2fa|otp|verification code|auth(enticator)? code|password"
                            + "|passphrase)"
                            // asked outright: "what is your password? I need it to fix your account"
                            + "|\\bwhat('?s| is) (your|ur) (private key|priv key|2fa( code)?|otp|verification code|password"
                            + "|passphrase|(seed|recovery|secret) phrase|mnemonic)\\b"),
            of(
                    FAKE_SUPPORT,
                    0.7,
                    "recover|retrieve|get back|get your",
                    "\\b(recover|retrieve|get back|get your)\\w*\\b" + NO_STOP + "{0,40}\\b(lost|stolen|scammed|hacked"
                            + "|missing)\\b" + NO_STOP
                            + "{0,25}(fund|crypto|money|coin|asset|wallet|btc|usdt|account)"),
            of(
                    FAKE_SUPPORT,
                    0.65,
                    "recovery|hacker|recover",
                    "\\b(fund|funds|crypto|asset|wallet|hack(er)?|ethical hacker)? ?recover(y|ies)? (expert|agent|specialist"
                            + "|service|team|company|hacker)"),
            of(
                    FAKE_SUPPORT,
                    0.55,
                    "validation|rectif|sync|restore|migration|synchroni",
                    "\\b(wallet|account|node|dapp)s? (validation|rectification|rectify|synchroni[sz]ation|sync|restore"
                            + "|migration)"),
            of(
                    FAKE_SUPPORT,
                    0.55,
                    "support|help desk|helpdesk|customer|technical team|admin",
                    "\\b(support|help ?desk|customer (care|service)|technical team|admin)" + NO_STOP
                            + "{0,30}(whatsapp|@[a-z0-9_]{4,}|\\+\\d{7,})"),
            of(CONTACT_REDIRECT, 0.45, " me", "\\b(dm|pm|inbox|message|whatsapp|contact) me\\b|\\bhit me up\\b"),
            of(
                    CONTACT_REDIRECT,
                    0.5,
                    "@",
                    "\\b(contact|reach|message|text|dm|pm|write to|ask|talk to|chat with|consult|via|connect with)"
                            + "( to| out to| with)? @[a-z0-9_]{4,}"),
            of(
                    CONTACT_REDIRECT,
                    0.45,
                    "contact|reach out|text|message|write to",
                    "\\b(contact|reach out to|text|message|write to) (him|her|them|their (agent|manager|support)"
                            + "|(the|her|his|their) (agent|manager|account manager))\\b"),
            of(
                    CONTACT_REDIRECT,
                    0.5,
                    "whatsapp|telegram| wa ",
                    "\\b(via|on|through|at) (whatsapp|telegram|wa)\\b[: ]*\\+?\\d[\\d ()-]{7,}"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.7,
                    "double|triple|2x|x2|multiply",
                    "\\b(double|triple|2x|x2|multiply)\\w* (your |ur )(btc|eth|usdt|crypto|coins?|money|investment"
                            + "|deposit|funds)|\\b(doubl|tripl|multipl)\\w* (all )?(btc|eth|usdt|crypto|investment"
                            + "|deposit)s? (sent|received|deposited)"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.85,
                    "send",
                    "\\bsend \\d[\\d.,]* ?(btc|eth|usdt|bnb|sol|trx|xrp|doge)" + NO_STOP
                            + "{0,40}(get|receive|back|return)\\w* \\d"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.6,
                    "guarantee",
                    "\\bguarantee(d|s)? (\\w+ )?(profit|return|income|payout|earning|roi)"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.5,
                    "risk",
                    "\\b(risk[- ]free|no risk|zero risk)\\b" + NO_STOP + "{0,30}(profit|invest|income|return|trad)"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.6,
                    "%",
                    "\\b\\d+ ?% (profit|return|roi|gain)s? (in|within|every|per|daily|weekly)"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.6,
                    "platform|company|broker|manager|expert|mentor|trader",
                    "\\b(investment|trading|forex|crypto|bitcoin|binary) (platform|company|broker|manager|expert|mentor"
                            + "|account manager|trader)\\b[^\\n]{0,120}\\b(legit|genuine|trusted|reliable|profit|withdraw"
                            + "|payout|testify|100%|pays?)"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.5,
                    "legit|genuine|trusted|trustworthy",
                    "\\b(legit|legitimate|genuine|trusted|trustworthy)\\b[^\\n]{0,80}\\b(platform|company|investment|broker"
                            + "|payout|withdrawal)|\\b(platform|company|broker|investment)\\b[^\\n]{0,80}\\b(legit"
                            + "|legitimate|genuine|trusted|trustworthy)\\b"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.6,
                    "$|usd|dollar|btc|eth",
                    "\\b(made|earned|received|withdrew|withdrawal of|cash(ed)? out|profit of|payout of|got|turned)\\s+"
                            + "(a |my )?(\\$ ?\\d|\\d[\\d,.]*k? ?(\\$|usd|dollars|btc|eth))" + NO_STOP
                            + "{0,80}\\b(invest|capital|days?|hours?|week|platform|trad|with (just|only)|profitable"
                            + "|after|into)"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.45,
                    "thank|grateful",
                    "\\b(thanks|thank you|grateful|all thanks?) to (@[a-z0-9_]{4,}|mr|mrs|sir|madam|expert|her|him)\\b"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.5,
                    "private|exclusive|vip|secret",
                    "\\b(private|exclusive|vip|secret) (telegram |trading |crypto )?(group|channel|community)\\b[^\\n]{0,150}"
                            + "\\b(whale|signals?|insights?|trader|trading|expert|profits?|gems?|pumps?|calls)\\b"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.35,
                    "giveaway|give away|free",
                    "\\bgive ?away\\b|\\bfree (crypto|btc|eth|usdt|tokens?|money|nitro|gift|bitcoin|\\$)"),
            of(
                    EARNINGS_PROMISE,
                    0.6,
                    "day|week|hour|month|daily|weekly",
                    "(\\$ ?\\d[\\d,.]*k?|\\b\\d[\\d,.]*k? ?(\\$|usd|usdt|dollars|euros?|€|£))" + NO_STOP
                            + "{0,30}\\b(per|a|each|every|/|in a) ?(day|week|hour|month)\\b|\\b(daily|weekly) (profit"
                            + "|income|earning)"),
            of(EARNINGS_PROMISE, 0.35, "income", "\\b(passive|extra|side|stable|additional) income\\b"),
            of(EARNINGS_PROMISE, 0.4, "home", "\\b(work|earn|make money|job) (from|at) home\\b"),
            of(
                    JOB_SPAM,
                    0.45,
                    "looking for|need|hiring|recruit|seeking",
                    "\\b(looking for|need|hiring|recruiting|seeking)\\b (\\d+ )?(serious |reliable |active |motivated )?"
                            + "(people|partners|persons|individuals|members|team members|assistants?|workers|ladies)\\b"),
            of(
                    JOB_SPAM,
                    0.35,
                    "experience|part-time|part time|remote|flexible|hours",
                    "\\b(no experience (needed|required|necessary)|part[- ]time (job|work)|remote (work|job)|flexible "
                            + "(hours|schedule)|only \\d+ (hours?|minutes) (a|per) day|1-2 hours)\\b"),
            of(
                    AIRDROP_SPAM,
                    0.45,
                    "airdrop|token|reward|nft|allocation",
                    "\\b(claim|collect|receive|get)\\w* (your |the |free |\\d+ )?(\\$?[a-z0-9]{2,10} )?(airdrop|tokens?"
                            + "|rewards?|nft|allocation)\\b"),
            of(AIRDROP_SPAM, 0.45, "connect", "\\bconnect (your |ur )?(active |web3 |crypto )?wallets?\\b"),
            of(AIRDROP_SPAM, 0.3, "eligib", "\\b(check )?(your )?eligibility\\b"),
            of(AIRDROP_SPAM, 0.2, "airdrop", "airdrop"),
            of(
                    ADULT_OR_ILLEGAL,
                    0.75,
                    "nude|porn|onlyfans|sex|hot |escort|18+",
                    "\\b(nudes|porn|onlyfans|sex ?chat|hot (girls?|singles) (in|near)|escorts?)\\b|18\\+ ?(content|video"
                            + "|photos?)"),
            of(
                    ADULT_OR_ILLEGAL,
                    0.75,
                    "fake|counterfeit",
                    "\\b(fake|counterfeit) (money|bills|notes|passports?|documents?|ids?|dollars|euros)\\b"));

    private EnglishPhrases() {}
}
