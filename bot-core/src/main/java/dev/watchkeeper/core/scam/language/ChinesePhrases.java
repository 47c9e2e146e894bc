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

/** Social-engineering and spam phrases in Chinese (simplified and traditional). */
final class ChinesePhrases {
    private static final String NS = "[^。！？\\n]";

    static final List<PhraseRule> RULES = List.of(
            of(
                    SECRET_REQUEST,
                    0.85,
                    "助记词|助記詞|私钥|私鑰|密钥|密鑰|验证码|驗證碼|密码|密碼|恢复短语",
                    "(发|發|提供|输入|輸入|告诉|告訴|给|給|导入|導入|填写|填寫|分享)" + NS + "{0,10}(助记词|助記詞|私钥|私鑰|密钥|密鑰|验证码|驗證碼|密码|密碼|恢复短语)"
                            // the 把 construction puts the secret before the verb: 请把你的助记词发给我
                            + "|把" + NS + "{0,4}(助记词|助記詞|私钥|私鑰|密钥|密鑰|验证码|驗證碼|密码|密碼|恢复短语)" + NS
                            + "{0,6}(发|發|给|給|告诉|告訴|提供|输入|輸入|填写|填寫|分享)"),
            of(FAKE_SUPPORT, 0.7, "追回|找回|挽回", "(追回|找回|挽回)" + NS + "{0,10}(被骗|被騙|损失|損失|资金|資金|币|幣|钱|錢)"),
            of(FAKE_SUPPORT, 0.55, "客服", "(官方)?客服" + NS + "{0,10}(私信|联系|聯繫|加|微信|telegram|@)"),
            of(CONTACT_REDIRECT, 0.45, "私信|私聊|加我|联系我|聯繫我|找我|加微信|加v|加tg", "(私信|私聊|加我|联系我|聯繫我|找我|加微信|加v|加vx|加tg)"),
            of(
                    EARNINGS_PROMISE,
                    0.6,
                    "日赚|日入|月入|月赚|每天|每日|躺赚|稳赚|日賺|月賺|穩賺",
                    "(日赚|日賺|日入|月入|月赚|月賺|每天(赚|賺|收益|收入)|每日(收益|收入)|躺赚|躺賺|稳赚|穩賺)"),
            of(EARNINGS_PROMISE, 0.4, "轻松|輕鬆|稳定|穩定", "(轻松|輕鬆|稳定|穩定)" + NS + "{0,6}(赚|賺|收益|收入)"),
            of(
                    TOO_GOOD_TO_BE_TRUE,
                    0.6,
                    "保本|稳赚|穩賺|包赚|翻倍|高回报|高回報|零风险|无风险|零風險|無風險",
                    "(保本|稳赚不赔|穩賺不賠|包赚|翻倍|高回报|高回報|零风险|零風險|无风险|無風險)"),
            of(AIRDROP_SPAM, 0.45, "空投|领取|領取", "(空投|免费领取|免費領取|领取|領取)" + NS + "{0,10}(代币|代幣|币|幣|奖励|獎勵|usdt)"),
            of(AIRDROP_SPAM, 0.4, "钱包|錢包", "(连接|連接)(你的)?(钱包|錢包)"),
            of(JOB_SPAM, 0.4, "招聘|招人|兼职|兼職|日结|日結|在家|无需经验|無需經驗|手机操作", "(招聘|招人|兼职|兼職|日结|日結|在家(工作|赚钱|賺錢)|无需经验|無需經驗|手机操作)"),
            of(ADULT_OR_ILLEGAL, 0.65, "约炮|裸聊|色情|外围|上门|援交|約炮", "(约炮|約炮|裸聊|色情|外围|上门服务|援交)"));

    private ChinesePhrases() {}
}
