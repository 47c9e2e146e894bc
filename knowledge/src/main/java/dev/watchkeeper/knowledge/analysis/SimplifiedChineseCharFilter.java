package dev.watchkeeper.knowledge.analysis;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharFilter;

/**
 * Writes Traditional Chinese characters as Simplified ones (ICU's {@code Traditional-Simplified}
 * transform), so that a question typed in Traditional characters finds entries written in
 * Simplified ones, then writes variant characters as the one support texts use (from {@value
 * #VARIANTS}: 帐 as 账, which the transform leaves as 帐), so the word segmenter sees one spelling. Reads the whole input on the first read: support questions are short, and
 * the transform needs context for a few multi-character mappings. The transform maps characters
 * one to one, so offsets are not corrected. Not thread-safe, like every reader.
 */
final class SimplifiedChineseCharFilter extends CharFilter {
    private static final String TRANSFORM = "Traditional-Simplified";
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance(TRANSFORM));
    /**
     * Every character the transform may change (Traditional Han characters, by ICU's contract for
     * {@link Transliterator#getSourceSet}). Text without one, such as a question in Latin letters
     * read in Chinese among the index's other languages, is left as it is without running the
     * transform, which cost about a seventh of such a search.
     */
    private static final UnicodeSet CHANGED =
            Transliterator.getInstance(TRANSFORM).getSourceSet().freeze();

    static final String VARIANTS = "analysis/zh/variants.txt";
    private static final Map<Integer, Integer> VARIANT_OF = readVariants();

    private String text = "";
    private int position = -1;

    SimplifiedChineseCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (position < 0) {
            String all = readAll();
            text = variantsReplaced(
                    CHANGED.containsNone(all) ? all : TO_SIMPLIFIED.get().transliterate(all));
            position = 0;
        }
        if (position >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - position);
        text.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    private String readAll() throws IOException {
        StringBuilder all = new StringBuilder();
        char[] chunk = new char[256];
        int n;
        while ((n = input.read(chunk)) > 0) {
            all.append(chunk, 0, n);
        }
        return all.toString();
    }

    private static String variantsReplaced(String simplified) {
        StringBuilder out = new StringBuilder(simplified.length());
        simplified.codePoints().forEach(cp -> out.appendCodePoint(VARIANT_OF.getOrDefault(cp, cp)));
        return out.toString();
    }

    /** Lines {@code 帐 账}: a character and the one to write instead; {@code #} comments. */
    private static Map<Integer, Integer> readVariants() {
        try (InputStream in = SimplifiedChineseCharFilter.class.getClassLoader().getResourceAsStream(VARIANTS)) {
            if (in == null) {
                return Map.of();
            }
            Map<Integer, Integer> variants = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] pair = line.strip().split("\\s+");
                if (pair.length == 2 && !line.startsWith("#")) {
                    variants.put(pair[0].codePointAt(0), pair[1].codePointAt(0));
                }
            }
            return Map.copyOf(variants);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
