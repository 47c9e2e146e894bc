package dev.watchkeeper.core.scam.language;

import dev.watchkeeper.core.scam.Evidence;
import dev.watchkeeper.core.scam.Signal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spam recognised by its shape rather than its words: a tail of cashtags stuffed in for reach
 * ("$ BTC $ ETH $ XRP …") and referral links. Stateless and thread-safe.
 */
final class SpamShapes {
    private static final Pattern CASHTAG = Pattern.compile("\\$ ?[a-z][a-z0-9]{1,7}\\b");
    private static final Pattern REFERRAL =
            Pattern.compile("https?://\\S*[?&/](ref|referral|invite|refcode|ref_code|r)(=|/)[a-z0-9_-]{3,}");
    private static final int STUFFED = 8;

    private SpamShapes() {}

    static void detect(String folded, List<Evidence> out) {
        if (folded.indexOf('$') >= 0) {
            Matcher m = CASHTAG.matcher(folded);
            int tags = 0;
            while (m.find() && tags < STUFFED) {
                tags++;
            }
            if (tags >= STUFFED) {
                out.add(new Evidence(Signal.PROMOTION, 0.3, tags + "+ cashtags stuffed in for reach"));
            }
        }
        if (folded.contains("http") && folded.contains("r")) {
            Matcher m = REFERRAL.matcher(folded);
            if (m.find()) {
                out.add(new Evidence(Signal.PROMOTION, 0.45, "referral link"));
            }
        }
    }
}
