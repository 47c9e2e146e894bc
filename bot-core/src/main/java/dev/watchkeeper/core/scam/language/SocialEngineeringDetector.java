package dev.watchkeeper.core.scam.language;

import dev.watchkeeper.core.scam.Evidence;
import dev.watchkeeper.core.scam.Signal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds social-engineering and spam language in folded text, in English, Russian, Chinese,
 * Spanish, Portuguese and Turkish. Only the rules of the scripts present run. Each signal keeps
 * its strongest match. Stateless and thread-safe; a few microseconds per message.
 */
public final class SocialEngineeringDetector {
    private static final List<PhraseRule> LATIN =
            concat(EnglishPhrases.RULES, SpanishPhrases.RULES, PortuguesePhrases.RULES, TurkishPhrases.RULES);
    private static final int EVIDENCE_CHARS = 60;

    /** The strongest evidence per signal; empty when no rule matches. */
    public List<Evidence> detect(String folded) {
        boolean latin = false;
        boolean cyrillic = false;
        boolean han = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            latin |= c >= 'a' && c <= 'z';
            cyrillic |= c >= '\u0400' && c <= '\u04FF';
            han |= c >= '\u4E00' && c <= '\u9FFF';
        }
        Map<Signal, Evidence> best = new EnumMap<>(Signal.class);
        if (latin) {
            run(LATIN, folded, best);
        }
        if (cyrillic) {
            run(RussianPhrases.RULES, folded, best);
        }
        if (han) {
            run(ChinesePhrases.RULES, folded, best);
        }
        return new ArrayList<>(best.values());
    }

    private static void run(List<PhraseRule> rules, String folded, Map<Signal, Evidence> best) {
        for (PhraseRule rule : rules) {
            Evidence current = best.get(rule.signal());
            if (current != null && current.weight() >= rule.weight()) {
                continue;
            }
            String match = rule.match(folded);
            if (match != null) {
                String shown = match.length() > EVIDENCE_CHARS ? match.substring(0, EVIDENCE_CHARS) + "…" : match;
                best.put(rule.signal(), new Evidence(rule.signal(), rule.weight(), "\"" + shown + "\""));
            }
        }
    }

    @SafeVarargs
    private static List<PhraseRule> concat(List<PhraseRule>... lists) {
        List<PhraseRule> all = new ArrayList<>();
        for (List<PhraseRule> l : lists) {
            all.addAll(l);
        }
        return List.copyOf(all);
    }
}
