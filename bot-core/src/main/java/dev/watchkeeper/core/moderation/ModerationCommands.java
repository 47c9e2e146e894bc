package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.shield.CommunityDomains;
import dev.watchkeeper.core.shield.ScamInput;
import dev.watchkeeper.core.shield.ScamShield;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.SecretRedactor;
import dev.watchkeeper.core.shield.VictimReportDetector;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Members' {@code /report} and moderators' {@code /allow}, {@code /deny}, {@code /unlist} and
 * {@code /cases}. Thread-safe.
 */
public final class ModerationCommands {
    private static final int ESTABLISHED = 1_000;
    /** The most cases {@code /cases} lists, each with its button (Discord shows 25 at most). */
    private static final int MAX_LISTED = 20;

    private final ScamShield shield;
    private final SecretRedactor redactor;
    private final ModerationCaseStore cases;
    private final AuditLog audit;
    private final CommunityDomains domains;
    private final ModerationSettings settings;
    private final Translations<ModerationTexts> texts;
    private final ModeratorTexts staff;
    private final Clock clock;
    private final BiFunction<ModerationCase, Function<ModeratorTexts, String>, List<Decision>> openCase;
    private final VictimReportDetector victims = new VictimReportDetector();

    /**
     * What a command did.
     *
     * @param decisions what to do now
     * @param urgentReport a member's report that says they were scammed: the ticket flow should
     *     open an urgent ticket for it
     */
    public record Result(List<Decision> decisions, @Nullable ModerationCase urgentReport) {
        public Result {
            decisions = List.copyOf(decisions);
        }
    }

    /**
     * @param shield judges a reported message
     * @param redactor removes secrets from reported texts and reporters' words
     * @param cases where reports become cases and {@code /cases} looks
     * @param audit where moderators' commands are recorded
     * @param domains the community's allow and deny lists, changed by {@code /allow}, {@code /deny}
     *     and {@code /unlist}
     */
    ModerationCommands(
            ScamShield shield,
            SecretRedactor redactor,
            ModerationCaseStore cases,
            AuditLog audit,
            CommunityDomains domains,
            ModerationSettings settings,
            Translations<ModerationTexts> texts,
            ModeratorTexts staff,
            Clock clock,
            BiFunction<ModerationCase, Function<ModeratorTexts, String>, List<Decision>> openCase) {
        this.shield = shield;
        this.redactor = redactor;
        this.cases = cases;
        this.audit = audit;
        this.domains = domains;
        this.settings = settings;
        this.texts = texts;
        this.staff = staff;
        this.clock = clock;
        this.openCase = openCase;
    }

    Optional<Result> handle(InboundMessage message) {
        BotCommand command = message.command();
        if (message.author().bot() || command == null) {
            return Optional.empty();
        }
        String name = command.name();
        String argument = command.arguments();
        ReplyTarget here = ReplyTarget.replyTo(message);
        return switch (name) {
            case "report" -> Optional.of(report(message, argument, here));
            case "allow", "deny", "unlist" -> Optional.of(new Result(domains(message, name, argument, here), null));
            case "cases" -> Optional.of(new Result(cases(message, here), null));
            default -> Optional.empty();
        };
    }

    /**
     * True when the message is a member's {@code /report} to Watchkeeper, typed or the platform's
     * "report message" action (which adapters deliver as {@code /report} quoting the message). A
     * {@code /report@other_bot} is an ordinary message: it is screened like one, so the prefix
     * cannot shield a scam from the community's policy.
     */
    boolean isReport(InboundMessage message) {
        BotCommand command = message.command();
        return !message.author().bot() && command != null && command.name().equals("report");
    }

    /**
     * Opens a case about the reported content. With a quoted message, the case is about that
     * message and its author, and the reporter's words are kept apart. Without one, the reporter's
     * words are all there is and the author of the scam is unknown: the case records no author
     * rather than the reporter, so nothing can be done to the member who reported.
     */
    private Result report(InboundMessage message, String words, ReplyTarget here) {
        InboundMessage.Quote quote = message.quote();
        if (quote == null && words.isBlank()) {
            return new Result(
                    List.of(Reply.of(here, texts.in(message.languageHint()).reportUsage())), null);
        }
        Instant now = clock.instant();
        Optional<ModerationCase> known = quote == null ? Optional.empty() : cases.openCaseAbout(quote.message());
        if (known.isPresent()) {
            return reportedAgain(known.get(), message, words, here);
        }
        UserRef author = quote != null ? quote.author() : null;
        String reported = quote != null ? quote.text() : words;
        ScamVerdict verdict = shield.check(
                author != null
                        ? new ScamInput(reported, author, Set.of(), ESTABLISHED, false, 0)
                        : ScamInput.text(reported));
        boolean urgent = victims.isVictimReport(words);
        ModerationCase c = quote != null
                ? ModerationCase.reportedMessage(
                        cases.nextId(),
                        verdict,
                        redactor.redact(reported),
                        quote.author(),
                        quote.message(),
                        message.chat(),
                        message.author(),
                        words.isBlank() ? null : redactor.redact(words),
                        urgent,
                        now)
                : ModerationCase.reportedWords(
                        cases.nextId(),
                        verdict,
                        redactor.redact(reported),
                        message.chat(),
                        message.author(),
                        urgent,
                        now);
        List<Decision> out = new ArrayList<>(openCase.apply(c, t -> t.say(ModeratorText.DONE_REPORTED)));
        out.add(Reply.of(here, texts.in(message.languageHint()).reportThanks().formatted(c.id())));
        return new Result(out, urgent ? c : null);
    }

    /**
     * A report of a message a case is open about already (the shield removed or flagged it, or
     * another member reported it): no second case. Moderators are told who reported it too, the
     * reporter is thanked with the case's id, and a reporter who says they were scammed still gets
     * their urgent ticket.
     */
    private Result reportedAgain(ModerationCase known, InboundMessage message, String words, ReplyTarget here) {
        String reporterWords = words.isBlank() ? null : redactor.redact(words);
        boolean urgent = victims.isVictimReport(words);
        audit(message.author(), "reported-again", known.id().value(), urgent ? "victim" : "");
        List<Decision> out = new ArrayList<>();
        settings.moderatorChatFor(message.chat().platform()).ifPresent(chat -> {
            String note = staff.say(ModeratorText.REPORTED_AGAIN, known.id(), CaseCards.who(message.author(), staff));
            out.add(Reply.of(
                    ReplyTarget.chat(chat),
                    reporterWords == null
                            ? note
                            : note + "\n"
                                    + staff.say(ModeratorText.CARD_REPORTER_SAYS, reporterWords.replace("\n", " "))));
        });
        out.add(Reply.of(here, texts.in(message.languageHint()).reportThanks().formatted(known.id())));
        return new Result(out, urgent ? known.reportedBy(message.author(), reporterWords, true) : null);
    }

    private List<Decision> domains(InboundMessage message, String name, String argument, ReplyTarget here) {
        if (!settings.moderators().isModerator(message.author(), message.roles())) {
            audit(message.author(), "denied", name, "not a moderator");
            return List.of(Reply.of(here, texts.in(message.languageHint()).moderatorsOnly()));
        }
        String written = argument.split("\\s+")[0];
        String ascii;
        try {
            ascii = CommunityDomains.normalise(written);
        } catch (IllegalArgumentException e) {
            ascii = "";
        }
        if (!ascii.contains(".")) {
            return List.of(Reply.of(here, staff.say(ModeratorText.DOMAIN_USAGE, name)));
        }
        // entries are kept in the links' ASCII form, so that an internationalised entry matches them
        String domain = ascii.equals(written.toLowerCase(Locale.ROOT)) ? ascii : written + " (" + ascii + ")";
        String reply =
                switch (name) {
                    case "allow" -> {
                        domains.allow(ascii);
                        yield staff.say(ModeratorText.DOMAIN_ALLOWED, domain);
                    }
                    case "deny" ->
                        staff.say(
                                domains.deny(ascii) ? ModeratorText.DOMAIN_DENIED : ModeratorText.DOMAIN_DENY_BLOCKED,
                                domain);
                    default ->
                        staff.say(
                                domains.unlist(ascii) ? ModeratorText.DOMAIN_UNLISTED : ModeratorText.DOMAIN_NOT_LISTED,
                                domain);
                };
        audit(message.author(), name, domain, "domain list edited");
        return List.of(Reply.of(here, reply));
    }

    private List<Decision> cases(InboundMessage message, ReplyTarget here) {
        if (!settings.moderators().isModerator(message.author(), message.roles())) {
            return List.of(Reply.of(here, texts.in(message.languageHint()).moderatorsOnly()));
        }
        List<ModerationCase> open = cases.open();
        if (open.isEmpty()) {
            return List.of(Reply.of(here, staff.say(ModeratorText.NO_OPEN_CASES)));
        }
        StringBuilder list = new StringBuilder(staff.say(ModeratorText.OPEN_CASES)).append('\n');
        List<ModerationCase> shown = open.stream().limit(MAX_LISTED).toList();
        shown.forEach(c -> list.append("- ")
                .append(c.id())
                .append(" · ")
                .append(staff.label(c.verdict()))
                .append(c.urgent() ? " · " + staff.say(ModeratorText.CARD_URGENT) : "")
                .append(" · ")
                .append(CaseCards.who(c.author(), staff))
                .append('\n'));
        return List.of(new Reply(
                here,
                list.toString().strip(),
                shown.stream().map(c -> ModerationChoices.show(c.id(), staff)).toList()));
    }

    private void audit(UserRef actor, String action, String subject, String detail) {
        audit.record(new AuditEntry(clock.instant(), ModeratorRoster.key(actor), action, subject, detail));
    }
}
