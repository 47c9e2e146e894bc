package dev.watchkeeper.benchmarks.traffic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a line the way a member types it: often all in lower case, often without the final
 * punctuation, sometimes with something added ({@code pls}, {@code ??}, {@code срочно}), so that
 * many members asking from the same few phrasings do not write identical texts.
 */
final class Phrasing {
    private static final double LOWER_CASE = 0.35;
    private static final double NO_FINAL_MARK = 0.30;
    private static final double TAIL = 0.20;

    private final Map<String, List<String>> tails;

    Phrasing(Map<String, List<String>> tails) {
        this.tails = tails;
    }

    String asTyped(String text, String language, Random random) {
        String typed = asChatted(text, language, random);
        List<String> ofLanguage = tails.getOrDefault(language, List.of());
        if (!ofLanguage.isEmpty() && random.nextDouble() < TAIL) {
            typed = again(typed, language, random);
        }
        return typed;
    }

    /** A line of chatter as typed: its case and final punctuation, nothing added. */
    String asChatted(String text, String language, Random random) {
        String typed = text;
        if (random.nextDouble() < LOWER_CASE) {
            typed = typed.toLowerCase(Locale.forLanguageTag(language));
        }
        if (random.nextDouble() < NO_FINAL_MARK) {
            typed = typed.replaceAll("[.?!。？！]+$", "");
        }
        return typed;
    }

    /** The line once more, with something added to say the member is still waiting. */
    String again(String text, String language, Random random) {
        List<String> ofLanguage = tails.getOrDefault(language, List.of());
        if (ofLanguage.isEmpty()) {
            return text;
        }
        String tail = ofLanguage.get(random.nextInt(ofLanguage.size()));
        return language.equals("zh") ? text + tail : text + " " + tail;
    }
}
