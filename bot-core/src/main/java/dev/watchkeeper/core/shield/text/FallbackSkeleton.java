package dev.watchkeeper.core.shield.text;

import dev.watchkeeper.core.shield.ConfusableSkeleton;
import java.text.Normalizer;

/**
 * The core's own {@link ConfusableSkeleton}: NFKC, lower case, Cyrillic and Greek look-alikes
 * to Latin, digits to the letters they imitate ({@code 0→o}, {@code 1→l}, {@code 3→e}), {@code
 * rn→m}, {@code vv→w}, separators dropped. Used when ICU is not wired in; thread-safe.
 */
public final class FallbackSkeleton implements ConfusableSkeleton {
    @Override
    public String skeleton(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char latin =
                    LookalikeLetters.isCyrillic(c) || LookalikeLetters.isGreek(c) ? LookalikeLetters.toLatin(c) : 0;
            if (latin != 0) {
                c = latin;
            }
            // after the Cyrillic and Greek letters, so that a Cyrillic і folds like a Latin i
            if (c == '1' || c == 'i' || c == '|') {
                c = 'l';
            } else if (Character.isDigit(c) && LookalikeLetters.leet(c) != 0) {
                c = LookalikeLetters.leet(c);
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString().replace("rn", "m").replace("vv", "w");
    }
}
