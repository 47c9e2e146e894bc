package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.moderation.wave.ScamWaves;
import dev.watchkeeper.core.moderation.wave.Sighting;
import dev.watchkeeper.core.moderation.wave.Wave;
import dev.watchkeeper.core.moderation.wave.WaveKind;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The desk's side of {@link ScamWaves}: shows it every message the shield flags in a group, alerts
 * moderators to each wave it finds (in the moderators' chat of each platform the wave touched), and
 * while a wave is recent hands back a new member's suspicious verdict as a scam, so that the
 * community's scam policy acts on it. Thread-safe as {@link ScamWaves} is; never blocks.
 */
final class WaveWatch {
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final ScamWaves waves;
    private final ScamShield shield;
    private final ModerationSettings settings;
    private final ModeratorTexts staff;
    private final AuditLog audit;
    private final ModerationMetrics metrics;

    WaveWatch(
            ScamShield shield,
            ModerationSettings settings,
            ModeratorTexts staff,
            AuditLog audit,
            ModerationMetrics metrics) {
        this.waves = new ScamWaves(settings.waves());
        this.shield = shield;
        this.settings = settings;
        this.staff = staff;
        this.audit = audit;
        this.metrics = metrics;
    }

    /** Takes a flagged group message into account; the alerts of the waves it completes. */
    List<Decision> observe(InboundMessage message, String redactedText, Instant now) {
        if (!settings.waves().enabled()) {
            return List.of();
        }
        Sighting sighting =
                new Sighting(message.id(), message.author(), redactedText, shield.flaggedDomains(message.text()), now);
        List<Decision> alerts = new ArrayList<>();
        for (Wave wave : waves.observe(sighting)) {
            metrics.waveDetected(wave);
            audit.record(new AuditEntry(
                    now, AuditEntry.SYSTEM, "scam-wave", wave.kind().name().toLowerCase(Locale.ROOT), summary(wave)));
            String text = alert(wave);
            Set<ChatRef> to = new LinkedHashSet<>();
            wave.platforms().forEach(p -> settings.moderatorChatFor(p).ifPresent(to::add));
            to.forEach(chat -> alerts.add(new StaffAlert(ReplyTarget.chat(chat), null, text)));
        }
        return alerts;
    }

    /**
     * The verdict the community's policy acts on: during a wave a new member's suspicious message
     * counts as a scam (the shield's reasons say why); any other verdict is kept.
     */
    ScamVerdict acted(ScamVerdict verdict, int messageCount, boolean trusted, Instant now) {
        if (verdict.verdict() != Verdict.SUSPICIOUS
                || trusted
                || messageCount >= shield.settings().firstMessages()
                || !waves.strict(now)) {
            return verdict;
        }
        List<ScamReason> reasons = new ArrayList<>(verdict.reasons());
        reasons.add(new ScamReason(
                Signal.NEW_MEMBER,
                "suspicious message of a new member during a scam wave: handled as a scam until "
                        + CLOCK.format(waves.strictUntil())
                        + " UTC"));
        return new ScamVerdict(Verdict.SCAM, verdict.score(), reasons);
    }

    private String alert(Wave wave) {
        long window = minutes(settings.waves().window());
        StringBuilder out = new StringBuilder();
        out.append(
                        wave.kind() == WaveKind.NEW_DOMAIN
                                ? staff.say(ModeratorText.WAVE_DOMAIN, wave.domain(), wave.messages(), window)
                                : staff.say(ModeratorText.WAVE_DUPLICATES, wave.messages(), window))
                .append('\n');
        out.append(staff.say(ModeratorText.WAVE_CHATS, chats(wave))).append('\n');
        out.append(staff.say(
                        ModeratorText.WAVE_PLATFORMS,
                        wave.platforms().stream()
                                .map(p -> p.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))))
                .append('\n');
        out.append(staff.say(ModeratorText.WAVE_EXAMPLE))
                .append("\n> ")
                .append(wave.example().replace("\n", "\n> "))
                .append('\n');
        Duration strictFor = settings.waves().strictFor();
        out.append(
                strictFor.isZero()
                        ? staff.say(ModeratorText.WAVE_NOT_STRICT)
                        : staff.say(
                                ModeratorText.WAVE_STRICT,
                                CLOCK.format(wave.strictUntil()),
                                minutes(strictFor),
                                shield.settings().firstMessages()));
        if (wave.domain() != null) {
            out.append('\n').append(staff.say(ModeratorText.WAVE_DENY, wave.domain()));
        }
        return out.toString();
    }

    /** What the audit log keeps of a wave: no text, no member. */
    private static String summary(Wave wave) {
        return wave.messages() + " messages; chats: " + chats(wave)
                + (wave.domain() == null ? "" : "; domain " + wave.domain());
    }

    private static String chats(Wave wave) {
        return wave.chats().stream()
                .map(c -> c.platform().name().toLowerCase(Locale.ROOT) + " " + c.id())
                .collect(Collectors.joining(", "));
    }

    /** Whole minutes, rounded up: a window of 90 seconds reads as 2 minutes. */
    private static long minutes(Duration d) {
        return Math.max(1, (d.toSeconds() + 59) / 60);
    }
}
