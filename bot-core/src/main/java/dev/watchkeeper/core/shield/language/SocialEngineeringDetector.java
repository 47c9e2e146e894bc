package dev.watchkeeper.core.shield.language;

import dev.watchkeeper.core.shield.Evidence;
import dev.watchkeeper.core.shield.Signal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds social-engineering and spam language in folded text with the rules of a {@link
 * PhraseBook} (English, Russian, Chinese, Spanish, Portuguese and Turkish are bundled), and the
 * shape of an advert. Each signal keeps its strongest match; a second phrase of the same signal
 * adds half its weight. Stateless and thread-safe; never blocks; linear in the length of the text.
 */
public final class SocialEngineeringDetector {
    private static final int EVIDENCE_CHARS = 60;
    private static final double SAME_KIND = 0.5;

    private final PhraseBook book;

    /** A detector with the bundled rules. */
    public SocialEngineeringDetector() {
        this(PhraseBook.bundled());
    }

    /** A detector with the rules of a book (the bundled ones and any an operator added). */
    public SocialEngineeringDetector(PhraseBook book) {
        this.book = book;
    }

    /**
     * What the language rules found.
     *
     * @param evidence the strongest evidence per signal, damped where the message talks about scams
     * @param direct true when the message talks about scams but some phrase evidence kept its full
     *     weight (it came from a sentence that names a contact)
     */
    public record Findings(List<Evidence> evidence, boolean direct) {}

    /** Where a folded text talks about scams, by the book's warning, question and victim rules. */
    public ScamTalk scamTalk(String folded) {
        return book.scamTalk(folded);
    }

    /**
     * The strongest evidence per signal, damped where {@code talk} says so; empty when no rule
     * matches. Each evidence names the phrase that matched.
     */
    public Findings detect(String folded, ScamTalk talk) {
        Map<Signal, Evidence> best = new EnumMap<>(Signal.class);
        boolean[] direct = {false};
        book.match(folded, (rule, start, text) -> {
            String shown =
                    "\"" + (text.length() > EVIDENCE_CHARS ? text.substring(0, EVIDENCE_CHARS) + "…" : text) + "\"";
            boolean inTalk = talk.damps(start);
            direct[0] |= talk.any() && !inTalk;
            Evidence evidence = inTalk
                    ? damped(rule.signal(), rule.weight(), shown)
                    : new Evidence(rule.signal(), rule.weight(), shown);
            best.merge(rule.signal(), evidence, SocialEngineeringDetector::combine);
        });
        List<Evidence> out = new ArrayList<>(best.values());
        AdvertShape.detect(folded).ifPresent(e -> out.add(talk.any() ? damped(e.signal(), e.weight(), e.detail()) : e));
        return new Findings(out, direct[0]);
    }

    /** A second phrase of the same kind adds half its weight: related, not independent, evidence. */
    private static Evidence combine(Evidence current, Evidence next) {
        double strong = Math.max(current.weight(), next.weight());
        double weak = Math.min(current.weight(), next.weight());
        double combined = 1 - (1 - strong) * (1 - weak * SAME_KIND);
        String detail = current.weight() >= next.weight()
                ? current.detail() + ", " + next.detail()
                : next.detail() + ", " + current.detail();
        return new Evidence(current.signal(), combined, detail);
    }

    private static Evidence damped(Signal signal, double weight, String detail) {
        return new Evidence(signal, weight * ScamTalk.DAMPED, detail + " (damped: warning)");
    }
}
