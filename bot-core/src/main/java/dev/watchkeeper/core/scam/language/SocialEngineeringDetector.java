package dev.watchkeeper.core.scam.language;

import dev.watchkeeper.core.scam.Evidence;
import dev.watchkeeper.core.scam.Signal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;

/**
 * Finds social-engineering and spam language in folded text, in English, Russian, Chinese,
 * Spanish, Portuguese and Turkish. Only the rules of the scripts present run. Each signal keeps
 * its strongest match. Stateless and thread-safe; a few microseconds per message.
 */
public final class SocialEngineeringDetector {
    private static final RuleSet ENGLISH = new RuleSet(concat(EnglishPhrases.RULES, AdvertPhrases.ENGLISH));
    private static final RuleSet IBERIAN = new RuleSet(concat(SpanishPhrases.RULES, PortuguesePhrases.RULES));
    private static final RuleSet TURKISH = new RuleSet(TurkishPhrases.RULES);
    private static final RuleSet RUSSIAN = new RuleSet(concat(RussianPhrases.RULES, AdvertPhrases.RUSSIAN));
    private static final RuleSet CHINESE = new RuleSet(ChinesePhrases.RULES);
    private static final String[] IBERIAN_HINTS = {
        "ñ", "¿", "¡", "ã", "õ", "ç", "á", "é", "í", "ó", "ú", " que ", " para ", " con ", " com ", " por ", " los ",
        " las ", " una ", " uma ", " seu ", " sua ", " el ", " es ", " não", " tu ", " mi ", " de ", " y ", " e "
    };
    private static final String[] TURKISH_HINTS = {"ş", "ğ", "ı", "ü", "ö", "ç", " ve ", " bir ", " için ", " bu "};
    private static final int EVIDENCE_CHARS = 60;
    private static final double SAME_KIND = 0.5;

    /**
     * What the language rules found.
     *
     * @param evidence the strongest evidence per signal, damped where the message talks about scams
     * @param direct true when the message talks about scams but some phrase evidence kept its full
     *     weight (it came from a sentence that names a contact)
     */
    public record Findings(List<Evidence> evidence, boolean direct) {}

    /** The strongest evidence per signal, damped where {@code talk} says so; empty when no rule matches. */
    public Findings detect(String folded, ScamTalk talk) {
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
        boolean direct = false;
        if (latin) {
            direct |= run(ENGLISH, folded, talk, best);
            if (containsAny(folded, IBERIAN_HINTS)) {
                direct |= run(IBERIAN, folded, talk, best);
            }
            if (containsAny(folded, TURKISH_HINTS)) {
                direct |= run(TURKISH, folded, talk, best);
            }
        }
        if (cyrillic) {
            direct |= run(RUSSIAN, folded, talk, best);
        }
        if (han) {
            direct |= run(CHINESE, folded, talk, best);
        }
        List<Evidence> out = new ArrayList<>(best.values());
        List<Evidence> shapes = new ArrayList<>();
        SpamShapes.detect(folded, shapes);
        for (Evidence e : shapes) {
            out.add(talk.any() ? damped(e.signal(), e.weight(), e.detail()) : e);
        }
        return new Findings(out, direct);
    }

    private static Evidence damped(Signal signal, double weight, String detail) {
        return new Evidence(signal, weight * ScamTalk.DAMPED, detail + " (damped: warning)");
    }

    private record RuleSet(List<PhraseRule> rules, AnchorIndex index) {
        RuleSet(List<PhraseRule> rules) {
            this(
                    rules,
                    new AnchorIndex(rules.stream().map(r -> r.phrase().keys()).toList()));
        }
    }

    /** Runs one rule set; true when some evidence kept its full weight in a message that talks about scams. */
    private static boolean run(RuleSet set, String folded, ScamTalk talk, Map<Signal, Evidence> best) {
        List<PhraseRule> rules = set.rules();
        Occurrences found = set.index().find(folded);
        boolean direct = false;
        // rules without an occurrence of their strings cannot match; the others are one run each
        for (int from = 0, to; from < found.size(); from = to) {
            to = found.runEnd(from);
            PhraseRule rule = rules.get(found.group(from));
            MatchResult match = rule.phrase().match(folded, found, from, to);
            if (match == null) {
                continue;
            }
            String text = match.group();
            String shown =
                    "\"" + (text.length() > EVIDENCE_CHARS ? text.substring(0, EVIDENCE_CHARS) + "…" : text) + "\"";
            boolean inTalk = talk.damps(match.start());
            Evidence evidence = inTalk
                    ? damped(rule.signal(), rule.weight(), shown)
                    : new Evidence(rule.signal(), rule.weight(), shown);
            direct |= talk.any() && !inTalk;
            Evidence current = best.get(rule.signal());
            if (current == null) {
                best.put(rule.signal(), evidence);
            } else {
                // a second phrase of the same kind adds half its weight: related, not independent, evidence
                double strong = Math.max(current.weight(), evidence.weight());
                double weak = Math.min(current.weight(), evidence.weight());
                double combined = 1 - (1 - strong) * (1 - weak * SAME_KIND);
                String detail = current.weight() >= evidence.weight()
                        ? current.detail() + ", " + evidence.detail()
                        : evidence.detail() + ", " + current.detail();
                best.put(rule.signal(), new Evidence(rule.signal(), combined, detail));
            }
        }
        return direct;
    }

    private static boolean containsAny(String text, String[] hints) {
        for (String hint : hints) {
            if (text.contains(hint)) {
                return true;
            }
        }
        return false;
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
