package dev.watchkeeper.core.signin;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.AuditLog;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.store.StoreUnavailableException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /console}: a staff member asks for a one-time sign-in link to the staff web console, in a
 * staff chat, a moderators' chat or a private chat with the bot ({@link ConsolePlaces}). The link
 * goes to the member alone, in a private message ({@link SendPrivate}); a group only hears that
 * it was sent. The link carries the console roles the bot knows the member by ({@link
 * ConsoleRoles}); a member with none is told how to become staff, and nothing is issued while the
 * console is off. Each link issued is audited as {@code console-link}, without its token.
 *
 * <p>Thread-safe; blocks as long as the sign-in store and the audit log do.
 */
public final class ConsoleCommand {
    /** The command's name. */
    public static final String NAME = "console";

    private final SignInLinks links;
    private final ConsoleRoles roles;
    private final ConsolePlaces places;
    private final AuditLog audit;
    private final Translations<ConsoleTexts> texts;
    private final Clock clock;

    /**
     * @param links makes and keeps the links
     * @param roles tells a member's console roles
     * @param places where the command is taken, and in which language it is answered
     * @param audit where issued links and refusals are recorded
     * @param texts what the command says
     * @param clock the time of audit entries
     */
    public ConsoleCommand(
            SignInLinks links,
            ConsoleRoles roles,
            ConsolePlaces places,
            AuditLog audit,
            Translations<ConsoleTexts> texts,
            Clock clock) {
        this.links = requireNonNull(links, "links");
        this.roles = requireNonNull(roles, "roles");
        this.places = requireNonNull(places, "places");
        this.audit = requireNonNull(audit, "audit");
        this.texts = requireNonNull(texts, "texts");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * What to do about a message: empty when it is no {@code /console} of a member, or when it was
     * posted where the console's command is not taken (a community group), so that it is an
     * ordinary message there. An edit of the command does nothing (the first version was
     * answered).
     */
    public Optional<List<Decision>> handle(InboundMessage message) {
        BotCommand command = message.command();
        if (command == null || !command.name().equals(NAME) || message.author().bot()) {
            return Optional.empty();
        }
        Optional<String> language = places.languageIn(message.chat());
        if (language.isEmpty()) {
            return Optional.empty();
        }
        if (message.edited()) {
            return Optional.of(List.of());
        }
        return Optional.of(answer(message, texts.in(language.get())));
    }

    private List<Decision> answer(InboundMessage message, ConsoleTexts say) {
        UserRef member = message.author();
        ReplyTarget here = ReplyTarget.replyTo(message);
        if (!links.enabled()) {
            return List.of(Reply.of(here, say.say(ConsoleText.NOT_ENABLED)));
        }
        Set<ConsoleRole> held = roles.of(member, message.roles());
        if (held.isEmpty()) {
            record(member, "denied", "console-link", "not staff");
            return List.of(Reply.of(
                    here,
                    say.say(ConsoleText.NOT_STAFF, member.platform().name().toLowerCase(Locale.ROOT), member.id())));
        }
        ConsoleGrant grant = links.grant(member, message.roles(), held);
        String token;
        try {
            token = links.issue(grant);
        } catch (StoreUnavailableException e) {
            return List.of(Reply.of(here, say.say(ConsoleText.STORE_AWAY)));
        }
        record(member, "console-link", "console", "roles " + auditRoles(held) + "; expires " + grant.expiresAt());
        boolean inGroup = !message.chat().isPrivate();
        ChatRef direct = inGroup ? new ChatRef(member.platform(), member.id(), ChatType.PRIVATE) : message.chat();
        List<Decision> out = new ArrayList<>();
        out.add(new SendPrivate(
                ReplyTarget.chat(direct),
                member,
                null,
                say.say(ConsoleText.LINK, links.link(token), minutes(), say.roles(held)),
                List.of(),
                inGroup ? Reply.of(here, say.say(ConsoleText.PRIVATE_REFUSED)) : null));
        if (inGroup) {
            out.add(Reply.of(here, say.say(ConsoleText.SENT_PRIVATELY)));
        }
        return out;
    }

    /** The link's lifetime in whole minutes, never promising more than it works (at least 1). */
    private long minutes() {
        return Math.max(1, links.linkTtl().toMinutes());
    }

    /** The roles as the audit log keeps them, whatever the staff language: {@code moderator,agent}. */
    private static String auditRoles(Set<ConsoleRole> roles) {
        return String.join(
                ",",
                roles.stream()
                        .sorted()
                        .map(r -> r.name().toLowerCase(Locale.ROOT))
                        .toList());
    }

    private void record(UserRef actor, String action, String subject, String detail) {
        audit.record(new AuditEntry(clock.instant(), ModeratorRoster.key(actor), action, subject, detail));
    }
}
