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

    private static final int ADVERT_LENGTH = 200;
    private static final Pattern HANDLE = Pattern.compile("@[a-z0-9_]{4,}");

    private SpamShapes() {}

    /** Long, decorated with emoji or hashtags, and pointing somewhere else: the shape of an advert. */
    private static void advertShape(String folded, List<Evidence> out) {
        if (folded.length() < ADVERT_LENGTH) {
            return;
        }
        int emoji = 0;
        int hashtags = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isSurrogate(c) || (c >= '\u2600' && c <= '\u27BF')) {
                emoji++;
            } else if (c == '#' && i + 1 < folded.length() && Character.isLetter(folded.charAt(i + 1))) {
                hashtags++;
            }
        }
        boolean pointsAway = folded.contains("http")
                || folded.contains("t.me/")
                || HANDLE.matcher(folded).find();
        if ((emoji >= 6 || hashtags >= 2) && pointsAway) {
            out.add(new Evidence(Signal.PROMOTION, 0.35, "long message decorated like an advert, pointing elsewhere"));
        }
    }

    static void detect(String folded, List<Evidence> out) {
        advertShape(folded, out);
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
