package dev.watchkeeper.shield;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import dev.watchkeeper.core.shield.text.UnicodeFolding;

/**
 * {@link UnicodeFolding} backed by ICU: NFKC and NFKC case folding ({@link Normalizer2}), the
 * Unicode default-ignorable property for invisible characters, and ICU's Traditional-Simplified
 * transliterator for Chinese. The transliterator is slow on long texts, so it is read once into a
 * table of single characters (the CJK unified ideographs and extension A), which is how rules
 * need it; the table is built the first time a Chinese text comes. Registered as a service, so the core's {@code TextNormalizer} uses it whenever the
 * shield is on the class path. Immutable and thread-safe once built (building takes a moment);
 * never blocks.
 */
public final class IcuUnicodeFolding implements UnicodeFolding {
    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9FFF';

    private final Normalizer2 nfkc = Normalizer2.getNFKCInstance();
    private final Normalizer2 nfkcCasefold = Normalizer2.getNFKCCasefoldInstance();

    @Override
    public String compatible(String text) {
        String normal = nfkc.isNormalized(text) ? text : nfkc.normalize(text);
        StringBuilder out = null;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
                if (out == null) {
                    out = new StringBuilder(normal.length()).append(normal, 0, i);
                }
            } else if (out != null) {
                out.append(normal, i, next);
            }
            i = next;
        }
        return out == null ? normal : out.toString();
    }

    @Override
    public String fold(String text) {
        return nfkcCasefold.normalize(text);
    }

    @Override
    public String simplified(String text) {
        char[] chars = null;
        char[] simplified = SimplifiedTable.TABLE;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST && simplified[c - FIRST] != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = simplified[c - FIRST];
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Built on first use (about two seconds), so communities without Chinese never pay for it. */
    private static final class SimplifiedTable {
        static final char[] TABLE = simplifiedTable();
    }

    /** Each ideograph's Simplified form where ICU gives a single character, else itself. */
    private static char[] simplifiedTable() {
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder all = new StringBuilder((LAST - FIRST + 1) * 2);
        for (char c = FIRST; c <= LAST; c++) {
            all.append(c).append('\n');
        }
        String[] out = toSimplified.transliterate(all.toString()).split("\n", -1);
        char[] table = new char[LAST - FIRST + 1];
        for (char c = FIRST; c <= LAST; c++) {
            String s = out.length > LAST - FIRST ? out[c - FIRST] : "";
            table[c - FIRST] = s.length() == 1 ? s.charAt(0) : c;
        }
        return table;
    }
}
