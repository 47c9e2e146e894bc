package dev.watchkeeper.knowledge.analysis;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings Russian words to the one spelling the Russian stemmer expects: words typed in Latin
 * letters ("depozit ne prishel") are transliterated to Cyrillic with the rules in {@value
 * #RULES}, and ё is written е (most members never type ё). Words with other letters are left
 * alone. Expects lower-case input. Not thread-safe, like every token filter.
 */
final class LatinRussianFilter extends TokenFilter {
    static final String RULES = "analysis/ru/latin-to-cyrillic.txt";
    private static final String RULE_TEXT = readRules();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Transliterator toCyrillic =
            Transliterator.createFromRules("ru-Latin-Cyrillic", RULE_TEXT, Transliterator.FORWARD);

    LatinRussianFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (isLatinWord()) {
            String cyrillic = toCyrillic.transliterate(term.toString());
            term.setEmpty().append(cyrillic);
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buffer[i] == 'ё') {
                buffer[i] = 'е';
            }
        }
        return true;
    }

    /** Latin letters (and digits, as in "2fa"), at least one letter, nothing else. */
    private boolean isLatinWord() {
        boolean letter = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letter = true;
            } else if (!(c >= '0' && c <= '9') && c != '\'') {
                return false;
            }
        }
        return letter;
    }

    private static String readRules() {
        try (InputStream in = LatinRussianFilter.class.getClassLoader().getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RULES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
