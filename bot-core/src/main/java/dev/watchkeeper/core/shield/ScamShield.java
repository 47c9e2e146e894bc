package dev.watchkeeper.core.shield;

import dev.watchkeeper.core.shield.language.ScamTalk;
import dev.watchkeeper.core.shield.language.SocialEngineeringDetector;
import dev.watchkeeper.core.shield.language.WarningPhrases;
import dev.watchkeeper.core.shield.link.Link;
import dev.watchkeeper.core.shield.link.LinkExtractor;
import dev.watchkeeper.core.shield.link.LinkJudge;
import dev.watchkeeper.core.shield.secret.SecretFinding;
import dev.watchkeeper.core.shield.secret.SecretKind;
import dev.watchkeeper.core.shield.secret.SecretScanner;
import dev.watchkeeper.core.shield.text.NormalizedText;
import dev.watchkeeper.core.shield.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges one message at a time: clean, suspicious or scam, with a score and the reasons.
 *
 * <p>Leaked secrets are caught for everyone, staff included, and the verdict's {@link
 * ScamVerdict#action()} then says to delete at once and warn the author privately. Staff and
 * members with a trusted role are otherwise exempt. Everything else is weighed by one learned
 * model ({@link EvidenceModel}) over the detectors' evidence, the text model's probability and the
 * message's context; the thresholds follow from the target precisions in the settings, stricter
 * (a lower target) for a member's first messages. A text a moderator dismissed, or a near-copy of
 * it, stays clean.
 *
 * <p>Pure and deterministic for a given state of its ports; thread-safe; never blocks (the ports
 * promise the same). Never logs message text. Work is linear in the message's length: past
 * {@value #LONGEST} characters only the start and the end are read.
 */
public final class ScamShield {
    /** Longer messages are judged on their first and last characters (platforms cap at 4,096). */
    static final int LONGEST = 8_192;

    private static final double SAME_TEXT = 0.9;
    private static final double WARNING_SHARE = 1 / 3.0;
    private static final int DRIVERS = 4;

    private final ShieldSettings settings;
    private final SecretScanner secrets;
    private final LinkExtractor links;
    private final LinkJudge linkJudge;
    private final SocialEngineeringDetector language = new SocialEngineeringDetector();
    private final ImpersonationDetector impersonation;
    private final ScamClassifier classifier;
    private final DomainLists lists;
    private final ConfirmedScams confirmed;
    private final ConfirmedScams dismissed;
    private final EvidenceModel model;

    /**
     * @param confirmed near-duplicate memory of scams moderators confirmed
     * @param dismissed near-duplicate memory of texts moderators dismissed
     * @param model the learned combination of evidence
     */
    public ScamShield(
            ShieldSettings settings,
            ConfusableSkeleton skeleton,
            RegistrableDomains domains,
            DomainLists lists,
            ScamClassifier classifier,
            ConfirmedScams confirmed,
            ConfirmedScams dismissed,
            EvidenceModel model) {
        this.settings = settings;
        this.secrets = SecretScanner.bundled();
        this.links = new LinkExtractor(domains);
        this.linkJudge = new LinkJudge(
                lists, skeleton, settings.protectedDomains(), settings.protectedBrands(), settings.allowedInvites());
        this.impersonation = new ImpersonationDetector(skeleton, settings.staffNames(), settings.projectName());
        this.classifier = classifier;
        this.lists = lists;
        this.confirmed = confirmed;
        this.dismissed = dismissed;
        this.model = model;
    }

    /** The settings this shield judges by. */
    public ShieldSettings settings() {
        return settings;
    }

    /** The learned combination this shield weighs evidence with. */
    public EvidenceModel model() {
        return model;
    }

    /** Judges one message. */
    public ScamVerdict check(ScamInput input) {
        return verdict(input, inspect(input));
    }

    /**
     * What the detectors and the text model find in a message, before weighing (staff and trusted
     * members are only checked for secrets). {@link #check} is this followed by the learned model.
     */
    public Inspection inspect(ScamInput input) {
        List<Evidence> evidence = new ArrayList<>();
        NormalizedText text = TextNormalizer.normalize(bounded(input.text()));
        List<SecretFinding> found = secrets.find(text.clean());
        if (!found.isEmpty()) {
            for (SecretFinding f : found) {
                evidence.add(secretEvidence(f));
            }
            text = TextNormalizer.normalize(SecretRedactor.apply(text.clean(), found));
        }
        if (input.staff() || isTrusted(input.roles())) {
            return new Inspection(evidence, 0, List.of(), false, 0, input.mentionCount(), false);
        }
        return judgeContent(input, text, evidence);
    }

    /** The registrable domains of the links in a text (obfuscated links included), in order. */
    public Set<String> registrableDomains(String text) {
        Set<String> domains = new java.util.LinkedHashSet<>();
        links.extract(TextNormalizer.normalize(bounded(text)).clean()).forEach(link -> domains.add(link.registrable()));
        return domains;
    }

    /**
     * The registrable domains of a text's links that the shield holds against it: listed phishing
     * domains, look-alikes of protected names and bait domains (not shorteners or invite hosts,
     * which everyone shares). In order; a staff member's text is judged the same.
     */
    public Set<String> flaggedDomains(String text) {
        Set<String> domains = new java.util.LinkedHashSet<>();
        for (Link link : links.extract(TextNormalizer.normalize(bounded(text)).clean())) {
            linkJudge
                    .judge(link)
                    .filter(e -> e.signal() == Signal.PHISHING_DOMAIN
                            || e.signal() == Signal.LOOKALIKE_DOMAIN
                            || e.signal() == Signal.BAIT_DOMAIN)
                    .ifPresent(e -> domains.add(link.registrable()));
        }
        return domains;
    }

    /** Remembers a moderator-confirmed scam, so near-duplicates of it score like it. */
    public void confirmScam(String text) {
        confirmed.add(TextNormalizer.normalize(bounded(text)).folded());
    }

    /** Remembers a text a moderator dismissed, so it and near-copies of it stay clean. */
    public void dismiss(String text) {
        dismissed.add(TextNormalizer.normalize(bounded(text)).folded());
    }

    private static String bounded(String text) {
        if (text.length() <= LONGEST) {
            return text;
        }
        int head = LONGEST * 3 / 4;
        int tail = LONGEST - head;
        return text.substring(0, head) + "\n" + text.substring(text.length() - tail);
    }

    private Inspection judgeContent(ScamInput input, NormalizedText text, List<Evidence> evidence) {
        String folded = text.folded();
        List<Link> found = links.extract(text.clean());
        evidence.addAll(linkJudge.judge(found));
        ScamTalk talk = WarningPhrases.scamTalk(folded);
        SocialEngineeringDetector.Findings findings = language.detect(folded, talk);
        evidence.addAll(findings.evidence());
        boolean warning = talk.any() && !findings.direct();
        if (text.disguisedWords() >= 2) {
            int n = text.disguisedWords();
            evidence.add(new Evidence(
                    Signal.DISGUISED_TEXT, Math.min(1.0, n / 12.0), n + " words mix look-alike letters or digits"));
        }
        impersonation.detect(input.author()).ifPresent(evidence::add);
        String lower = input.text().toLowerCase(Locale.ROOT);
        if (input.mentionCount() >= settings.massMentions() || lower.contains("@everyone") || lower.contains("@here")) {
            evidence.add(new Evidence(Signal.MASS_MENTION, 0.5, input.mentionCount() + " mentions"));
        }
        double similarity = confirmed.similarity(folded);
        if (similarity >= 0.7) {
            evidence.add(new Evidence(
                    Signal.NEAR_DUPLICATE,
                    Math.min(1.0, 0.3 + similarity * 0.7),
                    String.format(Locale.ROOT, "%.0f%% like a confirmed scam", similarity * 100)));
        }
        double p = classifier.scamProbability(folded);
        List<String> drivers = p >= 0.5 ? classifier.drivers(folded, DRIVERS) : List.of();
        boolean wasDismissed = dismissed.similarity(folded) >= SAME_TEXT;
        return new Inspection(evidence, p, drivers, warning, unlisted(found), input.mentionCount(), wasDismissed);
    }

    /** Links other than to allowed and official domains: members post those all the time. */
    private int unlisted(List<Link> found) {
        int n = 0;
        for (Link link : found) {
            String domain = link.registrable();
            if (!settings.protectedDomains().contains(domain)
                    && lists.lookup(domain).status() != DomainLists.Status.ALLOWED) {
                n++;
            }
        }
        return n;
    }

    private ScamVerdict verdict(ScamInput input, Inspection inspection) {
        List<Evidence> evidence = new ArrayList<>(inspection.evidence());
        evidence.sort(Comparator.comparingDouble(
                e -> -e.weight() * Math.max(0.1, model.weight(e.signal().name()))));
        if (inspection.leaksSecret()) {
            return new ScamVerdict(Verdict.SCAM, 1.0, reasons(evidence, inspection));
        }
        if (input.staff() || isTrusted(input.roles()) || inspection.dismissed()) {
            return ScamVerdict.clean();
        }
        double score = withContext(model.probability(inspection), inspection);
        boolean newMember = input.messageCount() < settings.firstMessages();
        double scamAt = model.threshold(newMember ? settings.newMemberPrecision() : settings.scamPrecision());
        double suspiciousAt = Math.min(scamAt, model.threshold(settings.suspiciousPrecision()));
        Verdict verdict = score >= scamAt ? Verdict.SCAM : score >= suspiciousAt ? Verdict.SUSPICIOUS : Verdict.CLEAN;
        if (verdict == Verdict.CLEAN && evidence.isEmpty()) {
            return new ScamVerdict(Verdict.CLEAN, round(score), List.of());
        }
        List<ScamReason> reasons = reasons(evidence, inspection);
        if (newMember && verdict != Verdict.CLEAN) {
            reasons.add(new ScamReason(
                    Signal.NEW_MEMBER,
                    "message " + (input.messageCount() + 1) + " of a new member: stricter thresholds"));
        }
        return new ScamVerdict(verdict, round(score), reasons);
    }

    /**
     * Adds the context signals, which labelled messages cannot show and the model therefore does
     * not weigh, as independent evidence; in a message that talks about scams a near-copy of a
     * confirmed scam counts for a third (a warning that quotes a confirmed scam is not the scam).
     */
    private static double withContext(double probability, Inspection inspection) {
        double keep = 1 - probability;
        for (Evidence e : inspection.evidence()) {
            if (e.signal().isContext()) {
                boolean quoted = e.signal() == Signal.NEAR_DUPLICATE && inspection.warningTalk();
                keep *= 1 - e.weight() * (quoted ? WARNING_SHARE : 1);
            }
        }
        return 1 - keep;
    }

    private static List<ScamReason> reasons(List<Evidence> evidence, Inspection inspection) {
        List<ScamReason> reasons = new ArrayList<>();
        for (Evidence e : evidence) {
            reasons.add(new ScamReason(e.signal(), e.detail()));
        }
        if (inspection.textProbability() >= 0.5) {
            String words = inspection.drivers().isEmpty()
                    ? ""
                    : " (words: " + inspection.drivers().stream().collect(Collectors.joining(", ")) + ")";
            reasons.add(new ScamReason(
                    Signal.CLASSIFIER,
                    String.format(Locale.ROOT, "text model: %.2f likely spam", inspection.textProbability())
                            + words
                            + (inspection.warningTalk() ? " (talks about scams)" : "")));
        }
        return reasons;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
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
