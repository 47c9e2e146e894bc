package dev.watchkeeper.shield;

import com.ibm.icu.text.SpoofChecker;
import dev.watchkeeper.core.shield.ConfusableSkeleton;
import java.util.Locale;

/**
 * {@link ConfusableSkeleton} backed by ICU's {@link SpoofChecker} (Unicode TR39 confusables),
 * lower-cased and with separators removed, so "0KX_Support" and "okx support" compare equal.
 * Thread-safe (the checker is immutable once built); never blocks.
 */
public final class IcuConfusableSkeleton implements ConfusableSkeleton {
    private final SpoofChecker checker =
            new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

    @Override
    public String skeleton(String text) {
        // skeleton, lower case, skeleton again: capital look-alikes (Cyrillic М) and small ones (м)
        // then meet in the same Latin letters
        String once = checker.getSkeleton(text).toLowerCase(Locale.ROOT);
        String skeleton = checker.getSkeleton(once).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char c = skeleton.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c == '0' ? 'o' : c == '1' ? 'l' : c);
            }
        }
        return out.toString();
    }
}
