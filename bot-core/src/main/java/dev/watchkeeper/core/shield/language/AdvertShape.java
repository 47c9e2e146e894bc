package dev.watchkeeper.core.shield.language;

import dev.watchkeeper.core.shield.Evidence;
import dev.watchkeeper.core.shield.Signal;
import java.util.Optional;

/**
 * The shape of an advert, which no phrase describes: a long message decorated with emoji or
 * hashtags that points somewhere else (a link, a {@code t.me/} address or an {@code @name}).
 * One pass over the text; stateless and thread-safe.
 */
final class AdvertShape {
    private static final int MIN_LENGTH = 200;
    private static final int MIN_EMOJI = 6;
    private static final int MIN_HASHTAGS = 2;

    private AdvertShape() {}

    static Optional<Evidence> detect(String folded) {
        if (folded.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        int emoji = 0;
        int hashtags = 0;
        boolean handle = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isSurrogate(c) || (c >= '\u2600' && c <= '\u27BF')) {
                emoji++;
            } else if (c == '#' && i + 1 < folded.length() && Character.isLetter(folded.charAt(i + 1))) {
                hashtags++;
            } else if (c == '@' && !handle) {
                handle = handleAt(folded, i + 1);
            }
        }
        boolean pointsAway = handle || folded.contains("http") || folded.contains("t.me/");
        if ((emoji >= MIN_EMOJI || hashtags >= MIN_HASHTAGS) && pointsAway) {
            return Optional.of(
                    new Evidence(Signal.PROMOTION, 0.35, "long message decorated like an advert, pointing elsewhere"));
        }
        return Optional.empty();
    }

    /** True when four handle characters ({@code [a-z0-9_]}) start at {@code i}. */
    private static boolean handleAt(String text, int i) {
        if (i + 4 > text.length()) {
            return false;
        }
        for (int k = i; k < i + 4; k++) {
            char c = text.charAt(k);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
