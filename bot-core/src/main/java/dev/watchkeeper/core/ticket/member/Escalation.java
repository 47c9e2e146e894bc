package dev.watchkeeper.core.ticket.member;

import dev.watchkeeper.core.conversation.ConversationState;
import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.Mentions;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.core.ticket.message.Outbox;
import dev.watchkeeper.core.ticket.message.StaffText;
import dev.watchkeeper.core.ticket.message.StaffTexts;
import dev.watchkeeper.core.ticket.message.TicketCards;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Category;
import dev.watchkeeper.core.ticket.model.MemberSide;
import dev.watchkeeper.core.ticket.model.Priority;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.SupportMetrics;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketContent;
import dev.watchkeeper.core.ticket.model.TicketSequence;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.TicketTexts;
import dev.watchkeeper.core.ticket.model.TicketTimes;
import dev.watchkeeper.core.ticket.model.TicketWriter;
import dev.watchkeeper.core.ticket.model.TranscriptLog;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.core.ticket.text.TicketContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Opens a ticket for a member, or adds to the one they have: a member has at most one open
 * ticket. The new ticket starts with the conversation's recent (redacted) turns and the context
 * found in them.
 */
public final class Escalation {
    private final TicketStore tickets;
    private final TicketSequence sequence;
    private final TranscriptLog transcripts;
    private final ConversationStore conversations;
    private final KnowledgeBase knowledgeBase;
    private final SupportMetrics metrics;
    private final RandomGenerator random;
    private final TicketSettings settings;
    private final Translations<TicketTexts> texts;
    private final TicketWriter writer;
    private final TicketCards cards;
    private final Outbox outbox;
    private final StaffTexts staff;

    /**
     * @param tickets where the member's ticket is looked up and opened
     * @param sequence numbers new tickets
     * @param transcripts the recent turns that start a new ticket
     * @param conversations the member's language when the message did not tell it
     * @param knowledgeBase the tags of the answers the bot gave, which categorise the ticket
     * @param metrics counts opened tickets
     * @param random draws verification codes
     */
    public Escalation(
            TicketStore tickets,
            TicketSequence sequence,
            TranscriptLog transcripts,
            ConversationStore conversations,
            KnowledgeBase knowledgeBase,
            SupportMetrics metrics,
            RandomGenerator random,
            TicketSettings settings,
            Translations<TicketTexts> texts,
            TicketWriter writer,
            TicketCards cards,
            Outbox outbox,
            StaffTexts staff) {
        this.tickets = tickets;
        this.sequence = sequence;
        this.transcripts = transcripts;
        this.conversations = conversations;
        this.knowledgeBase = knowledgeBase;
        this.metrics = metrics;
        this.random = random;
        this.settings = settings;
        this.texts = texts;
        this.writer = writer;
        this.cards = cards;
        this.outbox = outbox;
        this.staff = staff;
    }

    /**
     * Escalates: opens a ticket, or adds to the open one. While the ticket store is away, the
     * member is told plainly that no ticket can be opened now.
     *
     * @param member who
     * @param conversation the conversation being escalated; its recent turns start the ticket
     * @param ackTo where the member asked, for the acknowledgement
     * @param reason why
     * @param language the member's language, if known from the message
     * @param now the clock's time
     */
    public List<Decision> escalate(
            UserRef member,
            ConversationKey conversation,
            ReplyTarget ackTo,
            HandOver.Reason reason,
            @Nullable String language,
            Instant now) {
        try {
            return escalateInStore(member, conversation, ackTo, reason, language, now);
        } catch (StoreUnavailableException e) {
            return List.of(Reply.of(ackTo, texts.in(language).deskAway()));
        }
    }

    private List<Decision> escalateInStore(
            UserRef member,
            ConversationKey conversation,
            ReplyTarget ackTo,
            HandOver.Reason reason,
            @Nullable String language,
            Instant now) {
        Optional<Ticket> existing = tickets.openTicketOf(AccountId.of(member));
        if (existing.isPresent()) {
            return addTo(existing.get(), ackTo, reason, language, now);
        }
        Ticket candidate = candidate(member, conversation, reason, language, now);
        Ticket stored = tickets.openOrGet(candidate);
        if (!stored.id().equals(candidate.id())) {
            return addTo(stored, ackTo, reason, language, now);
        }
        metrics.ticketOpened(stored.category(), stored.priority(), member.platform());
        writer.audit(now, member, "open", stored.id().value(), stored.category().label() + ", " + reason);
        writer.events().opened(stored, now);
        return opened(stored, ackTo);
    }

    private List<Decision> opened(Ticket ticket, ReplyTarget ackTo) {
        List<Decision> out = new ArrayList<>();
        TicketTexts texts = this.texts.in(ticket.language());
        String privateText = texts.openedPrivate().formatted(ticket.id(), ticket.verificationCode());
        boolean urgent = ticket.priority() == Priority.URGENT;
        String advice = advice(ticket, null);
        if (ackTo.chat().isPrivate()) {
            out.add(Reply.of(ackTo, privateText));
            if (urgent) {
                out.add(Reply.of(ackTo, advice));
            }
        } else {
            out.add(Reply.naming(
                    ackTo,
                    texts.openedInGroup().formatted(Mentions.placeholder(0), ticket.id()),
                    List.of(ticket.member().member())));
            out.add(outbox.toMember(ticket, privateText));
            if (urgent) {
                out.add(outbox.toMember(ticket, advice));
            }
        }
        out.add(new OpenTicketSpace(
                ReplyTarget.chat(settings.staffHome()),
                ticket.id(),
                cards.title(ticket),
                cards.card(ticket),
                outbox.cardActions(ticket)));
        if (urgent) {
            out.add(outbox.alert(ticket, staff.say(StaffText.URGENT_WAITING, cards.line(ticket))));
        }
        return out;
    }

    /**
     * Adds to the member's open ticket. A scam report or security incident raises it to urgent,
     * and the member gets the security checklist when the ticket was not urgent yet (an urgent
     * ticket sent it on opening) or when they report a scam: it is what they need now, whatever
     * the ticket was first about. Later messages in an urgent ticket do not repeat it.
     */
    private List<Decision> addTo(
            Ticket ticket, ReplyTarget ackTo, HandOver.Reason reason, @Nullable String language, Instant now) {
        boolean incident = reason == HandOver.Reason.SECURITY_INCIDENT || reason == HandOver.Reason.SCAM_REPORT;
        boolean raise = incident && ticket.priority() != Priority.URGENT;
        Ticket current = ticket;
        if (raise) {
            Category category = reason == HandOver.Reason.SECURITY_INCIDENT ? Category.SECURITY : Category.SCAM_REPORT;
            current = writer.always(ticket.id(), t -> t.withCategory(category, reason, now))
                    .orElse(ticket);
        }
        List<Decision> out = new ArrayList<>();
        out.add(Reply.of(
                ackTo, texts.in(spoken(current, language)).addedToTicket().formatted(current.id())));
        if (raise || reason == HandOver.Reason.SCAM_REPORT) {
            String advice = advice(current, language);
            out.add(ackTo.chat().isPrivate() ? Reply.of(ackTo, advice) : outbox.toMember(current, advice));
        }
        out.add(outbox.toSpace(current, staff.say(StaffText.ASKED_AGAIN, staff.label(reason))));
        if (raise) {
            out.add(outbox.alert(current, staff.say(StaffText.RAISED_URGENT, cards.line(current))));
        }
        return out;
    }

    /** The security checklist in the member's language: the one given now, else the ticket's. */
    private String advice(Ticket ticket, @Nullable String language) {
        return texts.in(spoken(ticket, language)).securityAdvice();
    }

    private static String spoken(Ticket ticket, @Nullable String language) {
        return language != null && !language.isBlank() ? language : ticket.language();
    }

    private Ticket candidate(
            UserRef member, ConversationKey conversation, HandOver.Reason reason, @Nullable String hint, Instant now) {
        List<Turn> recent = transcripts.recent(conversation);
        List<Turn> turns = recent.subList(Math.max(0, recent.size() - settings.maxTicketTurns()), recent.size());
        String language = language(conversation, hint);
        String memberText = turns.stream()
                .filter(t -> t.speaker() == Turn.Speaker.MEMBER)
                .map(Turn::text)
                .collect(Collectors.joining("\n"));
        Category category = Triage.categorise(reason, tags(turns, language), memberText);
        TicketContext context = writer.extract(memberText);
        return new Ticket(
                TicketId.of(settings.idPrefix(), sequence.next()),
                0,
                verificationCode(),
                reason,
                category,
                category.priority(),
                TicketStatus.OPEN,
                MemberSide.from(member, conversation.chat()),
                new StaffSpace(settings.staffHome(), null),
                language,
                null,
                new TicketContent(turns, context, null),
                TicketTimes.openedAt(now),
                null,
                Set.of());
    }

    private List<String> tags(List<Turn> turns, String language) {
        return turns.stream()
                .map(Turn::entryId)
                .filter(id -> id != null)
                .distinct()
                .flatMap(id -> knowledgeBase.entry(id, language).stream())
                .map(KnowledgeEntry::tags)
                .flatMap(List::stream)
                .toList();
    }

    private String language(ConversationKey conversation, @Nullable String hint) {
        if (hint != null && !hint.isBlank()) {
            int dash = hint.indexOf('-');
            return (dash > 0 ? hint.substring(0, dash) : hint).toLowerCase(Locale.ROOT);
        }
        return conversations
                .find(conversation)
                .map(ConversationState::language)
                .filter(l -> l != null)
                .orElse(settings.defaultLanguage());
    }

    private String verificationCode() {
        int number = random.nextInt(1_000_000);
        return "%03d-%03d".formatted(number / 1000, number % 1000);
    }
}
