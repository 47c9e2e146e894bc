package dev.watchkeeper.core.ticket.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a member saying what happened to their account or wallet, in English, Russian,
 * Chinese, Spanish, Portuguese and Turkish: an incident (hacked, scammed, drained, a withdrawal they
 * did not make) or lost access (a lost 2FA phone, a lock-out, a frozen account), telling the two
 * apart ({@link SecuritySignal#incident()}). The phrases ({@link IncidentPhrases}, in resource
 * files) are first-person or about "my account", so that general questions ("how do I avoid
 * scams?", "life hack") do not match. Pure and thread-safe.
 */
public final class SecurityRecognizer {
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private final IncidentPhrases phrases;

    /** A recognizer of the bundled phrases. */
    public SecurityRecognizer() {
        this(IncidentPhrases.bundled());
    }

    SecurityRecognizer(IncidentPhrases phrases) {
        this.phrases = phrases;
    }

    /**
     * What the text says happened, the first in {@link SecuritySignal}'s order: an incident before
     * lost access, so that "I was hacked and now I'm locked out" is the incident it is.
     */
    public Optional<SecuritySignal> recognise(String text) {
        return recogniseAll(text).stream().findFirst();
    }

    /** The incident the text describes (hacked, scammed, drained…), if any; lost access is none. */
    public Optional<SecuritySignal> incident(String text) {
        return recognise(text).filter(SecuritySignal::incident);
    }

    /** Every signal the text holds, in {@link SecuritySignal}'s order. */
    public List<SecuritySignal> recogniseAll(String text) {
        String folded = fold(text);
        Set<SecuritySignal> found = EnumSet.noneOf(SecuritySignal.class);
        for (IncidentPhrases.Rule rule : phrases.rules()) {
            if (!found.contains(rule.signal()) && rule.matches(folded)) {
                found.add(rule.signal());
            }
        }
        return List.copyOf(found);
    }

    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ё', 'е');
        return SPACES.matcher(lower).replaceAll(" ").strip();
    }
}
