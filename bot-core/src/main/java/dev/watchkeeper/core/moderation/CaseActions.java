package dev.watchkeeper.core.moderation;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.event.CaseConfirmed;
import dev.watchkeeper.core.event.CaseDismissed;
import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.shield.ScamShield;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries out a moderator's press on a case card: confirm (delete, ban, mute, warn) or dismiss. A
 * press that does nothing (not a moderator, no such case, already resolved) is answered to the
 * presser alone.
 */
final class CaseActions {
    private final ModerationCaseStore cases;
    private final AuditLog audit;
    private final DomainEvents events;
    private final ScamLearning learning;
    private final ScamShield shield;
    private final ModerationSettings settings;
    private final Translations<ModerationTexts> texts;
    private final ModeratorTexts staff;
    private final MemberLanguage languages;
    private final Clock clock;

    /**
     * @param cases where cases are found and resolved
     * @param audit where each press is recorded
     * @param events where confirmed and dismissed cases are told
     * @param learning teaches the shield from the moderator's verdict
     * @param shield names the domains of a confirmed scam, for learning
     */
    CaseActions(
            ModerationCaseStore cases,
            AuditLog audit,
            DomainEvents events,
            ScamLearning learning,
            ScamShield shield,
            ModerationSettings settings,
            Translations<ModerationTexts> texts,
            ModeratorTexts staff,
            MemberLanguage languages,
            Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.learning = learning;
        this.shield = shield;
        this.settings = settings;
        this.texts = texts;
        this.staff = staff;
        this.languages = languages;
        this.clock = clock;
    }

    List<Decision> act(ModerationChoices.Pressed pressed, ChoiceSelected choice) {
        ReplyTarget here = ReplyTarget.chat(choice.chat());
        Instant now = clock.instant();
        String action = pressed.action().token();
        if (!settings.moderators().isModerator(choice.author(), choice.roles())) {
            audit(now, choice, "denied", pressed.caseId().value(), "not a moderator: " + action);
            return List.of(
                    new PrivateNotice(here, choice.author(), texts.in(null).moderatorsOnly()));
        }
        Optional<ModerationCase> found = cases.find(pressed.caseId());
        if (found.isEmpty()) {
            return List.of(
                    new PrivateNotice(here, choice.author(), staff.say(ModeratorText.NO_CASE, pressed.caseId())));
        }
        ModerationCase open = found.get();
        if (pressed.action().actsOnAuthor() && open.author() == null) {
            // the reporter is not the author: acting on anyone here could only hit the victim
            audit(now, choice, "refused", open.id().value(), action + ": author unknown");
            return List.of(Reply.of(
                    here, staff.say(ModeratorText.NOBODY_TO_ACT_ON, open.id(), staff.label(pressed.action()))));
        }
        boolean dismiss = pressed.action() == ModerationChoices.Action.DISMISS;
        ModerationCase resolved = open.resolved(
                dismiss ? ModerationCase.Status.DISMISSED : ModerationCase.Status.CONFIRMED,
                new ModerationCase.Resolution(choice.author(), action, now));
        if (cases.resolve(open, resolved).isEmpty()) {
            ModerationCase current = cases.find(pressed.caseId()).orElse(open);
            String by = current.resolution() == null
                    ? staff.say(ModeratorText.SOMEONE)
                    : current.resolution().moderator().shownName();
            return List.of(new PrivateNotice(
                    here, choice.author(), staff.say(ModeratorText.ALREADY_RESOLVED, pressed.caseId(), by)));
        }
        audit(
                now,
                choice,
                dismiss ? "dismiss" : "confirm-" + action,
                open.id().value(),
                open.verdict().name());
        String moderator = ModeratorRoster.key(choice.author());
        events.publish(
                dismiss
                        ? CaseDismissed.of(CaseEvents.facts(open), now, moderator)
                        : CaseConfirmed.of(CaseEvents.facts(open), now, moderator, action));
        return dismiss ? dismissed(open, choice, here) : confirmed(open, pressed.action(), choice, here);
    }

    private List<Decision> confirmed(
            ModerationCase c, ModerationChoices.Action action, ChoiceSelected choice, ReplyTarget here) {
        List<Decision> out = new ArrayList<>();
        ReplyTarget community = ReplyTarget.chat(c.chat());
        if (!c.hidden() && c.message() != null) {
            out.add(new DeleteMessage(community, c.message(), "confirmed scam " + c.id()));
        }
        switch (action) {
            case BAN ->
                out.add(new RestrictMember(
                        community, c.author(), RestrictMember.Kind.BAN, null, "confirmed scam " + c.id()));
            case MUTE ->
                out.add(new RestrictMember(
                        community,
                        c.author(),
                        RestrictMember.Kind.MUTE,
                        settings.policyOf(c.chat()).muteFor(),
                        "confirmed scam " + c.id()));
            // the member's language, read from what they posted (the case's redacted text)
            case WARN ->
                out.add(ModerationDesk.privately(
                        c.author(),
                        texts.in(languages.decide(null, c.text(), null)).warning()));
            default -> {}
        }
        String learned;
        if (c.learnable()) {
            learning.learnScam(c.text(), shield.registrableDomains(c.text()));
            learned = staff.say(ModeratorText.LEARNED_SCAM);
        } else {
            learned = staff.say(ModeratorText.LEARNED_NOTHING);
        }
        out.add(Reply.of(
                here,
                staff.say(ModeratorText.CONFIRMED, c.id(), choice.author().shownName(), staff.label(action)) + " "
                        + learned));
        return out;
    }

    private List<Decision> dismissed(ModerationCase c, ChoiceSelected choice, ReplyTarget here) {
        if (c.learnable()) {
            learning.learnHam(c.text());
        }
        String restored = c.hidden()
                ? staff.say(ModeratorText.RESTORED, c.text().replace("\n", "\n> "))
                : staff.say(ModeratorText.MESSAGE_STAYS);
        ModeratorText dismissed = c.learnable() ? ModeratorText.DISMISSED_LEARNED : ModeratorText.DISMISSED;
        return List.of(
                Reply.of(here, staff.say(dismissed, c.id(), choice.author().shownName()) + " " + restored));
    }

    private void audit(Instant now, ChoiceSelected choice, String action, String subject, String detail) {
        audit.record(new AuditEntry(now, ModeratorRoster.key(choice.author()), action, subject, detail));
    }
}
