package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.decision.Mentions;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.event.CaseOpened;
import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MemberJoined;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.SecretRedactor;
import dev.watchkeeper.core.shield.Verdict;
import dev.watchkeeper.core.store.StoreUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The moderation desk, the shield's staff side and its one entry point: screens every message before anything else answers it, opens cases
 * for moderators per the community's policy, removes leaked secrets at once, and handles
 * moderators' one-click triage and members' reports. It watches the flagged messages for scam
 * waves ({@link dev.watchkeeper.core.moderation.wave.ScamWaves}, in this instance's memory):
 * moderators are alerted once per wave, and while one is recent a new member's suspicious message
 * is acted on as a scam.
 *
 * <p>Thread-safe. Never logs or stores a secret: texts are redacted before they reach a case, the
 * audit log or a moderator. Blocks only as long as its ports do.
 */
public final class ModerationDesk {

    private final Ports ports;
    private final ModerationSettings settings;
    private final Translations<ModerationTexts> texts;
    private final ModeratorTexts staff;
    private final ModeratorTexts audited;
    private final Clock clock;
    private final ModerationCommands commands;
    private final CaseActions actions;
    private final ModerationMetrics metrics;
    private final WaveWatch waves;

    /**
     * The ports the desk works with, built once by the wiring; the desk hands its command and
     * case-card parts only the ports each uses.
     *
     * @param shield judges messages
     * @param redactor removes secrets from texts
     * @param cases where cases live
     * @param audit where actions are recorded
     * @param activity members' message counts
     * @param learning teaches the shield from verdicts
     * @param trusted staff and trusted members
     * @param domains the community's allow and deny lists
     * @param events where case events (opened, confirmed, dismissed) are told
     */
    public record Ports(
            ScamShield shield,
            SecretRedactor redactor,
            ModerationCaseStore cases,
            AuditLog audit,
            MemberActivity activity,
            ScamLearning learning,
            TrustedMembers trusted,
            dev.watchkeeper.core.shield.CommunityDomains domains,
            DomainEvents events) {}

    /**
     * What screening decided.
     *
     * @param decisions what to do now (delete, flag, warn); possibly none
     * @param stop true when nothing else may answer the message (a scam, a leaked secret)
     */
    public record Screening(List<Decision> decisions, boolean stop) {
        public Screening {
            decisions = List.copyOf(decisions);
        }

        static final Screening PASS = new Screening(List.of(), false);
    }

    /** A desk that tells moderators in the bundled texts of the staff language. */
    public ModerationDesk(
            Ports ports,
            ModerationSettings settings,
            Translations<ModerationTexts> texts,
            MemberLanguage languages,
            Clock clock) {
        this(ports, settings, texts, ModeratorTexts.translations(MessageCatalog.bundled()), languages, clock);
    }

    /**
     * @param texts what moderation tells members, per language; each member in their own
     * @param moderatorTexts what moderation tells moderators, per language; moderators get the
     *     settings' {@link ModerationSettings#staffLanguage() staff language} (the audit log stays
     *     in English, so that it reads the same in every deployment)
     * @param languages tells the language of a flagged message's author from its text, for a
     *     warning sent later
     */
    public ModerationDesk(
            Ports ports,
            ModerationSettings settings,
            Translations<ModerationTexts> texts,
            Translations<ModeratorTexts> moderatorTexts,
            MemberLanguage languages,
            Clock clock) {
        this(ports, settings, texts, moderatorTexts, languages, clock, ModerationMetrics.NONE);
    }

    /**
     * As {@link #ModerationDesk(Ports, ModerationSettings, Translations, Translations, MemberLanguage,
     * Clock)}, reporting flagged messages to {@code metrics}.
     */
    public ModerationDesk(
            Ports ports,
            ModerationSettings settings,
            Translations<ModerationTexts> texts,
            Translations<ModeratorTexts> moderatorTexts,
            MemberLanguage languages,
            Clock clock,
            ModerationMetrics metrics) {
        this.ports = ports;
        this.metrics = metrics;
        this.settings = settings;
        this.texts = texts;
        this.staff = moderatorTexts.in(settings.staffLanguage());
        this.audited = moderatorTexts.in(MemberLanguage.ENGLISH);
        this.clock = clock;
        this.waves = new WaveWatch(ports.shield(), settings, staff, ports.audit(), metrics);
        this.commands = new ModerationCommands(
                ports.shield(),
                ports.redactor(),
                ports.cases(),
                ports.audit(),
                ports.domains(),
                settings,
                texts,
                staff,
                clock,
                this::openCase);
        this.actions = new CaseActions(
                ports.cases(),
                ports.audit(),
                ports.events(),
                ports.learning(),
                ports.shield(),
                settings,
                texts,
                staff,
                languages,
                clock);
    }

    /** Screens one message (edits included) before the rest of the bot sees it. */
    public Screening screen(InboundMessage message) {
        if (message.author().bot()) {
            return Screening.PASS;
        }
        boolean group = message.chat().type() == ChatType.GROUP;
        int count = group ? ports.activity().countMessage(message.chat(), message.author()) : Integer.MAX_VALUE / 2;
        boolean trusted = ports.trusted().isTrusted(message.author(), message.roles())
                || settings.moderators().isModerator(message.author(), message.roles());
        ScamVerdict verdict = ports.shield().check(ScamInput.of(message, count, trusted));
        Instant now = clock.instant();
        boolean report = commands.isReport(message);
        if (verdict.leaksSecret()) {
            metrics.flagged(message.chat().platform(), verdict);
            audit(
                    now,
                    message.author(),
                    "secret-removed",
                    message.chat().id(),
                    verdict.reasons().getFirst().signal().name());
            return new Screening(
                    List.of(
                            new DeleteMessage(ReplyTarget.chat(message.chat()), message.id(), "leaked secret"),
                            secretNotice(message)),
                    !report);
        }
        if (report) {
            return screenReport(message, verdict, group, now);
        }
        if (verdict.verdict() == Verdict.CLEAN || !group) {
            return Screening.PASS;
        }
        String redacted = ports.redactor().redact(message.text());
        List<Decision> alerts = waves.observe(message, redacted, now);
        verdict = waves.acted(verdict, count, trusted, now);
        metrics.flagged(message.chat().platform(), verdict);
        PolicyAction action = settings.policyOf(message.chat()).actionFor(verdict.verdict());
        boolean stop = verdict.verdict() == Verdict.SCAM;
        if (action == PolicyAction.LOG_ONLY) {
            audit(
                    now,
                    message.author(),
                    "logged-" + verdict.verdict().name().toLowerCase(java.util.Locale.ROOT),
                    message.chat().id(),
                    reasonSummary(verdict));
            return new Screening(alerts, stop);
        }
        List<Decision> out = new ArrayList<>();
        if (action.deletes()) {
            out.add(new DeleteMessage(
                    ReplyTarget.chat(message.chat()), message.id(), "scam shield: " + verdict.verdict()));
        }
        ModerationPolicy policy = settings.policyOf(message.chat());
        if (action == PolicyAction.DELETE_AND_BAN) {
            out.add(new RestrictMember(
                    ReplyTarget.chat(message.chat()), message.author(), RestrictMember.Kind.BAN, null, "scam shield"));
        } else if (action == PolicyAction.DELETE_AND_MUTE) {
            out.add(new RestrictMember(
                    ReplyTarget.chat(message.chat()),
                    message.author(),
                    RestrictMember.Kind.MUTE,
                    policy.muteFor(),
                    "scam shield"));
        }
        Optional<CaseId> id = caseId(now, message.author(), message.chat());
        if (id.isEmpty()) {
            out.addAll(alerts);
            return new Screening(out, stop);
        }
        ModerationCase c = ModerationCase.detected(
                id.get(), verdict, redacted, message.author(), message.chat(), message.id(), action.deletes(), now);
        out.addAll(openCase(c, t -> t.label(action)));
        out.addAll(alerts);
        return new Screening(out, stop);
    }

    /**
     * A new case id; none when the case store is away and has none reserved, which is audited:
     * the message is still removed and its author restricted, without a case for moderators.
     */
    private Optional<CaseId> caseId(Instant now, UserRef author, ChatRef chat) {
        try {
            return Optional.of(ports.cases().nextId());
        } catch (StoreUnavailableException e) {
            audit(now, author, "case-not-opened", chat.id(), "case store unavailable");
            return Optional.empty();
        }
    }

    /**
     * A report quotes the scam on purpose, so what the shield finds in it is never held against
     * the reporter: no case against them, no ban or mute, and the report still runs (its case is
     * about the reported message, see {@link ModerationCommands}). The {@code /report} prefix must
     * not let a scammer post past the shield either: a report in a group whose text the shield does
     * not find clean is removed from the chat at once, so the link or pitch it quotes is not left
     * for others to read, while moderators still see it, and who reported it, on the case card.
     */
    private Screening screenReport(InboundMessage message, ScamVerdict verdict, boolean group, Instant now) {
        if (!group || verdict.verdict() == Verdict.CLEAN) {
            return Screening.PASS;
        }
        audit(now, message.author(), "report-removed", message.chat().id(), reasonSummary(verdict));
        return new Screening(
                List.of(new DeleteMessage(
                        ReplyTarget.chat(message.chat()), message.id(), "report quoting a suspected scam")),
                false);
    }

    /**
     * Checks a newcomer's names for impersonation of staff, the project or official roles; a
     * look-alike is flagged for moderators at once (nothing is deleted: there is no message yet).
     */
    public List<Decision> joined(MemberJoined joined) {
        if (joined.author().bot()
                || ports.trusted().isTrusted(joined.author(), joined.roles())
                || settings.moderators().isModerator(joined.author(), joined.roles())) {
            return List.of();
        }
        ScamVerdict verdict = ports.shield().check(new ScamInput("", joined.author(), joined.roles(), 0, false, 0));
        if (verdict.verdict() == Verdict.CLEAN || joined.chat().type() != ChatType.GROUP) {
            return List.of();
        }
        ModerationCase c = ModerationCase.joined(
                ports.cases().nextId(),
                verdict,
                staff.say(ModeratorText.JOINED_AS, joined.author().shownName()),
                joined.author(),
                joined.chat(),
                clock.instant());
        return openCase(c, t -> t.say(ModeratorText.DONE_JOINED));
    }

    /**
     * Handles {@code /report}, {@code /allow}, {@code /deny}, {@code /unlist} and {@code /cases}.
     * While the case store or the domain lists' store is away, a moderator is told the command was
     * not done.
     */
    public Optional<ModerationCommands.Result> command(InboundMessage message) {
        try {
            return commands.handle(message);
        } catch (StoreUnavailableException e) {
            if (!settings.moderators().isModerator(message.author(), message.roles())) {
                throw e;
            }
            return Optional.of(new ModerationCommands.Result(
                    List.of(Reply.of(ReplyTarget.replyTo(message), staff.say(ModeratorText.STORE_AWAY_NOT_DONE))),
                    null));
        }
    }

    /**
     * Handles a moderator's press on a case card; empty when the choice is not a moderation one.
     * While the case store is away, the moderator is told (alone) that nothing was done, so they
     * press again.
     */
    public Optional<List<Decision>> choice(ChoiceSelected choice) {
        Optional<CaseId> shown = ModerationChoices.shown(choice.action());
        Optional<ModerationChoices.Pressed> pressed = ModerationChoices.parse(choice.action());
        if (shown.isEmpty() && pressed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(shown.isPresent() ? showCase(shown.get(), choice) : actions.act(pressed.get(), choice));
        } catch (StoreUnavailableException e) {
            return Optional.of(List.of(new PrivateNotice(
                    ReplyTarget.chat(choice.chat()), choice.author(), staff.say(ModeratorText.STORE_AWAY_NOT_DONE))));
        }
    }

    /**
     * Posts an open case's card again, with its buttons, in the moderators' chat (a moderator
     * picked it from {@code /cases}); to anyone else, or for a case no longer open, a notice only
     * the presser sees.
     */
    private List<Decision> showCase(CaseId id, ChoiceSelected choice) {
        ReplyTarget here = ReplyTarget.chat(choice.chat());
        if (!settings.moderators().isModerator(choice.author(), choice.roles())) {
            return List.of(
                    new PrivateNotice(here, choice.author(), texts.in(null).moderatorsOnly()));
        }
        Optional<ModerationCase> found = ports.cases().find(id).filter(c -> c.status() == ModerationCase.Status.OPEN);
        if (found.isEmpty()) {
            return List.of(new PrivateNotice(here, choice.author(), staff.say(ModeratorText.NO_OPEN_CASES)));
        }
        ModerationCase c = found.get();
        ChatRef moderators = settings.moderatorChatFor(choice.chat().platform()).orElse(choice.chat());
        return List.of(new FlagForReview(
                ReplyTarget.chat(moderators),
                c.id(),
                CaseCards.card(c, CaseCards.doneOnOpening(c, staff), staff),
                ModerationChoices.forCase(c, staff)));
    }

    /** Records the case and flags it to moderators; {@code done} says what was done about it. */
    private List<Decision> openCase(ModerationCase c, Function<ModeratorTexts, String> done) {
        ports.cases().add(c);
        audit(
                c.createdAt(),
                c.reporter() != null ? c.reporter() : c.author(),
                "case-opened",
                c.id().value(),
                c.source() + " " + c.verdict() + " " + done.apply(audited));
        ports.events().publish(CaseOpened.of(CaseEvents.facts(c), c.createdAt()));
        Optional<ChatRef> modChat = settings.moderatorChatFor(c.chat().platform());
        return modChat.<List<Decision>>map(chat -> List.of(new FlagForReview(
                        ReplyTarget.chat(chat),
                        c.id(),
                        CaseCards.card(c, done.apply(staff), staff),
                        ModerationChoices.forCase(c, staff))))
                .orElse(List.of());
    }

    private static String reasonSummary(ScamVerdict verdict) {
        return verdict.reasons().stream()
                .map(r -> r.signal().name())
                .distinct()
                .toList()
                .toString();
    }

    private void audit(Instant at, UserRef actor, String action, String subject, String detail) {
        ports.audit().record(new AuditEntry(at, ModeratorRoster.key(actor), action, subject, detail));
    }

    /**
     * The leaked-secret notice, in the member's language. Members often cannot be messaged
     * privately (on Telegram most never started the bot), so a message removed from a group comes
     * with a short public notice naming them, posted only when the private one is refused.
     */
    private SendPrivate secretNotice(InboundMessage message) {
        ModerationTexts notice = texts.in(message.languageHint());
        UserRef member = message.author();
        ChatRef direct = new ChatRef(member.platform(), member.id(), ChatType.PRIVATE);
        Reply inChat = message.chat().isPrivate()
                ? null
                : Reply.naming(
                        ReplyTarget.chat(message.chat()),
                        notice.secretRemovedInChat().formatted(Mentions.placeholder(0)),
                        List.of(member));
        return new SendPrivate(ReplyTarget.chat(direct), member, null, notice.secretRemoved(), List.of(), inChat);
    }

    static SendPrivate privately(UserRef user, String text) {
        ChatRef direct = new ChatRef(user.platform(), user.id(), ChatType.PRIVATE);
        return new SendPrivate(ReplyTarget.chat(direct), user, null, text, List.of());
    }
}
