package dev.watchkeeper.core.scam;

import dev.watchkeeper.core.scam.language.ScamTalk;
import dev.watchkeeper.core.scam.language.SocialEngineeringDetector;
import dev.watchkeeper.core.scam.language.WarningPhrases;
import dev.watchkeeper.core.scam.link.LinkExtractor;
import dev.watchkeeper.core.scam.link.LinkJudge;
import dev.watchkeeper.core.scam.secret.SecretFinding;
import dev.watchkeeper.core.scam.secret.SecretKind;
import dev.watchkeeper.core.scam.secret.SecretScanner;
import dev.watchkeeper.core.scam.text.NormalizedText;
import dev.watchkeeper.core.scam.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Judges one message at a time: clean, suspicious or scam, with a score and the reasons.
 *
 * <p>Leaked secrets are caught for everyone, staff included, and the verdict's {@link
 * ScamVerdict#action()} then says to delete at once and warn the author privately. Staff and
 * members with a trusted role are otherwise exempt. Signals combine as independent
 * probabilities; warnings and questions about scams, and victim reports, damp the language
 * signals so that they stay clean. A member's first messages are judged against lower
 * thresholds.
 *
 * <p>Pure and deterministic for a given state of its ports; thread-safe; never blocks (the ports
 * promise the same). Never logs message text.
 */
public final class ScamShield {
    private static final double CLASSIFIER_FLOOR = 0.7;
    private static final double CLASSIFIER_WEIGHT = 0.5;

    private final ShieldSettings settings;
    private final SecretScanner secrets;
    private final LinkExtractor links;
    private final LinkJudge linkJudge;
    private final SocialEngineeringDetector language = new SocialEngineeringDetector();
    private final ImpersonationDetector impersonation;
    private final ScamClassifier classifier;
    private final ConfirmedScams confirmed;

    public ScamShield(
            ShieldSettings settings,
            ConfusableSkeleton skeleton,
            RegistrableDomains domains,
            DomainLists lists,
            ScamClassifier classifier,
            ConfirmedScams confirmed) {
        this.settings = settings;
        this.secrets = SecretScanner.bundled();
        this.links = new LinkExtractor(domains);
        this.linkJudge = new LinkJudge(
                lists, skeleton, settings.protectedDomains(), settings.protectedBrands(), settings.allowedInvites());
        this.impersonation = new ImpersonationDetector(skeleton, settings.staffNames(), settings.projectName());
        this.classifier = classifier;
        this.confirmed = confirmed;
    }

    /** The settings this shield judges by. */
    public ShieldSettings settings() {
        return settings;
    }

    /** Judges one message. */
    public ScamVerdict check(ScamInput input) {
        List<Evidence> evidence = new ArrayList<>();
        NormalizedText text = TextNormalizer.normalize(input.text());
        List<SecretFinding> found = secrets.find(text.clean());
        if (!found.isEmpty()) {
            for (SecretFinding f : found) {
                evidence.add(secretEvidence(f));
            }
            text = TextNormalizer.normalize(SecretRedactor.apply(text.clean(), found));
        }
        if (!(input.staff() || isTrusted(input.roles()))) {
            judgeContent(input, text, evidence);
        }
        return verdict(input, evidence);
    }

    /** The registrable domains of the links in a text (obfuscated links included), in order. */
    public Set<String> registrableDomains(String text) {
        Set<String> domains = new java.util.LinkedHashSet<>();
        links.extract(TextNormalizer.normalize(text).clean()).forEach(link -> domains.add(link.registrable()));
        return domains;
    }

    /** Remembers a moderator-confirmed scam, so near-duplicates of it score like it. */
    public void confirmScam(String text) {
        confirmed.add(TextNormalizer.normalize(text).folded());
    }

    private void judgeContent(ScamInput input, NormalizedText text, List<Evidence> evidence) {
        String folded = text.folded();
        evidence.addAll(linkJudge.judge(links.extract(text.clean())));
        ScamTalk talk = WarningPhrases.scamTalk(folded);
        SocialEngineeringDetector.Findings findings = language.detect(folded, talk);
        evidence.addAll(findings.evidence());
        // the classifier reads the whole message: damped unless a sentence outside the talk about
        // scams gave language evidence its full weight
        boolean damp = talk.any() && !findings.direct();
        if (text.disguisedWords() >= 2) {
            int n = text.disguisedWords();
            double w = n >= 12 ? 0.85 : n >= 6 ? 0.7 : n >= 3 ? 0.55 : 0.4;
            evidence.add(new Evidence(
                    Signal.DISGUISED_TEXT, w, text.disguisedWords() + " words mix look-alike letters or digits"));
        }
        impersonation.detect(input.author()).ifPresent(evidence::add);
        String lower = input.text().toLowerCase(Locale.ROOT);
        if (input.mentionCount() >= settings.massMentions() || lower.contains("@everyone") || lower.contains("@here")) {
            evidence.add(new Evidence(Signal.MASS_MENTION, 0.5, input.mentionCount() + " mentions"));
        }
        double similarity = confirmed.similarity(folded);
        if (similarity >= 0.7) {
            // a member who quotes a known scam to warn others is not posting it
            evidence.add(new Evidence(
                    Signal.NEAR_DUPLICATE,
                    Math.min(1.0, 0.3 + similarity * 0.7) * (damp ? ScamTalk.DAMPED : 1.0),
                    String.format(Locale.ROOT, "%.0f%% like a confirmed scam", similarity * 100)
                            + (damp ? " (damped: warning)" : "")));
        }
        double p = classifier.scamProbability(folded);
        if (p > CLASSIFIER_FLOOR) {
            double w = (p - CLASSIFIER_FLOOR)
                    / (1 - CLASSIFIER_FLOOR)
                    * CLASSIFIER_WEIGHT
                    * (damp ? ScamTalk.DAMPED : 1.0);
            evidence.add(new Evidence(
                    Signal.CLASSIFIER,
                    w,
                    String.format(Locale.ROOT, "classifier: %.2f likely spam", p)
                            + (damp ? " (damped: warning)" : "")));
        }
    }

    private ScamVerdict verdict(ScamInput input, List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return ScamVerdict.clean();
        }
        double keep = 1.0;
        java.util.EnumSet<Signal> seen = java.util.EnumSet.noneOf(Signal.class);
        List<Evidence> strongestFirst = new ArrayList<>(evidence);
        strongestFirst.sort(Comparator.comparingDouble(Evidence::weight).reversed());
        for (Evidence e : strongestFirst) {
            // repeats of a signal (three shortened links) are more of the same, not independent evidence
            keep *= 1.0 - (seen.add(e.signal()) ? e.weight() : e.weight() / 2);
        }
        double score = 1.0 - keep;
        boolean newMember = input.messageCount() < settings.firstMessages() && !input.staff();
        double discount = newMember ? settings.newMemberDiscount() : 0.0;
        Verdict verdict = score >= settings.scamThreshold() - discount - 1e-9
                ? Verdict.SCAM
                : score >= settings.suspiciousThreshold() - discount - 1e-9 ? Verdict.SUSPICIOUS : Verdict.CLEAN;
        List<ScamReason> reasons = new ArrayList<>();
        for (Evidence e : strongestFirst) {
            reasons.add(new ScamReason(e.signal(), e.detail()));
        }
        if (newMember && verdict != Verdict.CLEAN) {
            reasons.add(new ScamReason(
                    Signal.NEW_MEMBER,
                    "message " + (input.messageCount() + 1) + " of a new member: stricter thresholds"));
        }
        return new ScamVerdict(verdict, Math.round(score * 1000) / 1000.0, reasons);
    }

    private boolean isTrusted(Set<String> roles) {
        for (String role : roles) {
            if (settings.trustedRoles().contains(role)) {
                return true;
            }
        }
        return false;
    }

    private static Evidence secretEvidence(SecretFinding f) {
        Signal signal = f.kind() == SecretKind.SEED_PHRASE ? Signal.SEED_PHRASE : Signal.PRIVATE_KEY;
        double weight = f.certain() ? 1.0 : f.kind() == SecretKind.SEED_PHRASE ? 0.9 : 0.6;
        return new Evidence(signal, weight, f.kind().placeholder() + ": " + f.note());
    }
}
