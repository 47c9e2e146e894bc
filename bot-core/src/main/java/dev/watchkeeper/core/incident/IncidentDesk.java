package dev.watchkeeper.core.incident;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.conversation.MessageIntent;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Choices;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.model.LinkedMember;
import dev.watchkeeper.core.incident.model.SignalAlert;
import dev.watchkeeper.core.incident.model.TimelineEntry;
import dev.watchkeeper.core.incident.signal.MessageGroups;
import dev.watchkeeper.core.incident.signal.SignalSample;
import dev.watchkeeper.core.incident.signal.Spike;
import dev.watchkeeper.core.incident.signal.TopicSignals;
import dev.watchkeeper.core.incident.text.IncidentStaffText;
import dev.watchkeeper.core.incident.text.IncidentStaffTexts;
import dev.watchkeeper.core.incident.text.IncidentTexts;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.AnnouncementPosted;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.store.StoreUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incident mode, the feature's one entry point: community signals and incidents.
 *
 * <p><b>Signals.</b> Every member question the bot sees ({@link #afterAnswer}), on any platform
 * and in any community, counts towards its topic: the knowledge-base entry the bot answered or
 * suggested (or, for a group message the bot did not answer, the entry a search by its words
 * finds), else a {@linkplain MessageGroups group of similar messages}. Small talk, commands, staff
 * chats and the bot's own messages never count. When a topic spikes ({@link TopicSignals}), the
 * staff chat gets one alert with the count, a few redacted examples, the platforms, the languages,
 * a suggested title and a button that opens an incident from it.
 *
 * <p><b>Incidents.</b> Staff run them with {@code /incident} in a staff chat ({@link
 * IncidentCommands}). While one is open, a member question about it (its topics: the entry or
 * group it was opened from, the entry its title finds, the entries staff add; and the entries of
 * the same subject, by their first tag, and those tagged {@code outage}; or words alike to its
 * phrasings, which it learns from its spike and from the questions its own topics bring while it
 * is open, and which staff may add) gets the incident's
 * status first, in the member's language where staff gave one; a confident answer still follows,
 * a suggestion or a fallback does not. A member who asked in private is linked to it; a new ticket
 * of a linked member (not an urgent one: security and scam reports are always queued) is held with
 * the incident instead of queued, and the member is told. At resolution every linked member gets
 * one message, once, and held tickets nobody claimed are closed with it.
 *
 * <p>Incident mode never costs a member their answer: when its stores fail, the engine's decisions
 * pass unchanged (logged). Thread-safe; blocks only as long as its ports do.
 */
public final class IncidentDesk {
    private static final Logger log = LoggerFactory.getLogger(IncidentDesk.class);
    private static final int EXAMPLE_CHARS = 160;
    private static final Duration OPEN_CACHE = Duration.ofSeconds(2);
    /** The knowledge-base tag of entries every open incident covers (maintenance and outages). */
    private static final String OUTAGE_TAG = "outage";
    /** The signal topic of a knowledge-base tag: every entry with it counts towards it. */
    static final String TAG = "tag:";
    /** The key an alert claims for its subject, so that one subject alerts once per cooldown. */
    private static final String SUBJECT = "subject:";

    private final IncidentPorts ports;
    private final IncidentStore store;
    private final IncidentSettings settings;
    private final DeskPlaces places;
    private final TopicSignals signals;
    private final MessageGroups groups;
    private final IncidentStaffTexts staff;
    private final IncidentMessages messages;
    private final IncidentCommands commands;
    private final IncidentMetrics metrics;
    private final IncidentLanguage phrasings;
    private final Clock clock;
    private volatile OpenIncidents openCache = new OpenIncidents(List.of(), Instant.MIN);

    private record OpenIncidents(List<Incident> incidents, Instant readAt) {}

    public IncidentDesk(
            IncidentPorts ports,
            IncidentSettings settings,
            DeskPlaces places,
            Translations<IncidentTexts> texts,
            Translations<IncidentStaffTexts> staffTexts,
            Clock clock,
            IncidentMetrics metrics) {
        this.ports = ports;
        this.store = ports.incidents();
        this.settings = settings;
        this.places = places;
        this.signals = new TopicSignals(ports.signals(), settings.signals());
        this.groups = new MessageGroups(settings.groupSimilarity(), 2_000);
        this.staff = staffTexts.in(places.staffLanguage());
        this.messages = new IncidentMessages(texts, staff, places.staffLanguage());
        this.metrics = metrics;
        this.clock = clock;
        this.commands =
                new IncidentCommands(ports, settings, places, staff, messages, clock, metrics, this::forgetOpen);
        this.phrasings =
                new IncidentLanguage(ports.knowledgeBase(), store, settings.phrasingSimilarity(), this::forgetOpen);
    }

    /** True when incident mode counts signals and runs incidents. */
    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * A staff member's {@code /incident} command in a staff chat: present when it is one (refused
     * for someone who is not staff), empty for any other message.
     */
    public Optional<List<Decision>> command(InboundMessage message) {
        if (!settings.enabled()
                || message.command() == null
                || !message.command().name().equals("incident")
                || !places.staffChats().contains(message.chat())
                || message.edited()
                || message.author().bot()) {
            return Optional.empty();
        }
        try {
            return Optional.of(commands.run(message));
        } catch (StoreUnavailableException e) {
            return Optional.of(
                    List.of(Reply.of(ReplyTarget.replyTo(message), staff.say(IncidentStaffText.STORE_AWAY))));
        }
    }

    /** The press on an alert's "Open incident" button: present when it is one. */
    public Optional<List<Decision>> choice(ChoiceSelected choice) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        return IncidentCommands.alertOf(choice.action()).map(alert -> {
            try {
                return commands.openFromAlert(choice, alert);
            } catch (StoreUnavailableException e) {
                return List.of(new PrivateNotice(
                        ReplyTarget.chat(choice.chat()), choice.author(), staff.say(IncidentStaffText.STORE_AWAY)));
            }
        });
    }

    /**
     * Keeps the adapter's announcement so that updates edit it in place; returns an edit when the
     * incident changed while the announcement was being posted.
     */
    public List<Decision> announcementPosted(AnnouncementPosted posted) {
        return settings.enabled() ? commands.announcementPosted(posted) : List.of();
    }

    /** The incident figures added to the support report ({@code /stats}), in the staff language. */
    public Optional<String> statsText() {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        try {
            return commands.statsText();
        } catch (StoreUnavailableException e) {
            return Optional.empty();
        }
    }

    /**
     * The incident figures that follow the support report when staff ask for {@code /stats} in a
     * staff chat; nothing for any other message.
     */
    public List<Decision> addedToReport(InboundMessage message) {
        if (message.command() == null
                || !message.command().name().equals("stats")
                || !places.staffChats().contains(message.chat())
                || message.author().bot()
                || !ports.isStaff().test(message.author(), message.roles())) {
            return List.of();
        }
        return statsText()
                .<List<Decision>>map(text -> List.of(Reply.of(ReplyTarget.replyTo(message), text)))
                .orElse(List.of());
    }

    /**
     * True when an open incident holds this ticket and no agent took it: SLA targets do not run
     * for it.
     */
    public boolean holds(TicketId ticket) {
        if (!settings.enabled()) {
            return false;
        }
        return store.incidentOfTicket(ticket)
                        .flatMap(store::find)
                        .filter(i -> i.status().isOpen())
                        .isPresent()
                && !ports.tickets().claimed(ticket);
    }

    /**
     * A member's message after the rest of the bot decided about it: counts it towards its topic
     * (adding an alert when the topic spikes), puts an open incident's status first when the
     * message is about one, and holds a new ticket of a linked member with the incident.
     */
    public List<Decision> afterAnswer(InboundMessage message, List<Decision> decisions) {
        if (!settings.enabled() || !fromMember(message)) {
            return decisions;
        }
        try {
            return during(message, decisions);
        } catch (RuntimeException e) {
            // incident mode must never cost a member their answer
            log.warn(
                    "incident mode skipped a message in {} chat {}: {}",
                    message.chat().platform(),
                    message.chat().id(),
                    e.toString());
            return decisions;
        }
    }

    private List<Decision> during(InboundMessage message, List<Decision> decisions) {
        Instant now = clock.instant();
        // the language is asked for only where it is used: chatter that counts for nothing never
        // decides it (language(message) decides once, then reads the message's remembered hint)
        List<Decision> out = new ArrayList<>();
        Optional<String> topic = counts(message) ? topicOf(message, decisions) : Optional.empty();
        Optional<Incident> byTopic = topic.flatMap(this::incidentAbout);
        @Nullable SignalSample sample = topic.isPresent() ? sample(message, language(message)) : null;
        if (topic.isPresent()) {
            observe(topic.get(), message, language(message), sample, now)
                    .ifPresent(spike -> out.add(alert(spike, language(message))));
        }
        boolean answered = decisions.stream().anyMatch(IncidentDesk::answersQuestion);
        Optional<Incident> incident = byTopic.isPresent() || !answered || !counts(message)
                ? byTopic
                : phrasings.alikeTo(message.text(), openIncidents());
        if (answered && byTopic.isPresent() && byTopic.get().topics().contains(topic.orElseThrow())) {
            // a question its own topics bring teaches the incident how members word it
            phrasings.learn(byTopic.get(), requireNonNull(sample).example());
        }
        if (incident.isPresent() && answered) {
            String language = language(message);
            out.add(0, Reply.of(targetOf(message, decisions), messages.status(incident.get(), language)));
            store.countStatusAnswer(incident.get().id());
            metrics.statusAnswered(message.chat().platform(), language);
            if (message.chat().isPrivate()) {
                store.link(
                        incident.get().id(), new LinkedMember(message.author(), message.chat(), language, null, now));
            }
        }
        for (Decision decision : decisions) {
            if (incident.isPresent() && answered && (decision instanceof Suggest || decision instanceof Fallback)) {
                continue;
            }
            out.add(decision);
        }
        return hold(message, out, incident, now);
    }

    /**
     * Counts a member on a topic and on its entry's tags ({@code tag:withdrawal}), each against its
     * own normal rate: members describe one incident in words the knowledge base spreads over
     * neighbouring entries, which a tag adds up, so an entry whose own count leads can alert backed
     * by its tag's crowd ({@link TopicSignals#observe(String, List, String, SignalSample, Instant)}).
     * Present when the topic spikes, no open incident covers it, and no alert went out for the same
     * subject (the entry's first tag) within the cooldown: one alert per incident, not one per
     * neighbouring entry.
     */
    private Optional<Spike> observe(
            String topic, InboundMessage message, String language, SignalSample sample, Instant now) {
        List<String> subjects = subjectsOf(topic, message.text(), language).stream()
                .map(tag -> TAG + tag)
                .toList();
        String member = LinkedMember.key(message.author());
        if (topic.startsWith("similar:")) {
            // a group's subject is a guess: it adds to the crowd but backs no spike of the group
            signals.count(subjects, member, sample, now);
            subjects = List.of();
        }
        return signals.observe(topic, subjects, member, sample, now)
                .filter(spike -> !covered(spike) && firstOfSubject(spike, now));
    }

    /**
     * The tags a message counts towards: its entry's; for a message no entry answers (a group of
     * similar messages), those of the entry a search by its words finds first however unsure,
     * which place it in a subject though not in an entry.
     */
    private List<String> subjectsOf(String topic, String text, String language) {
        if (!topic.startsWith("similar:")) {
            return tagsOf(topic);
        }
        List<SearchHit> hits = ports.knowledgeBase().search(SearchQuery.byWords(text, language, 1));
        return hits.isEmpty() ? List.of() : tagsOf(hits.getFirst().entryId());
    }

    /** Claims the alert of the spike's subject, its entry's first tag (a group has none). */
    private boolean firstOfSubject(Spike spike, Instant now) {
        Optional<String> subject = tagsOf(spike.topic()).stream().findFirst();
        return subject.isEmpty()
                || ports.signals()
                        .claimAlert(
                                SUBJECT + subject.get(),
                                now,
                                now.plus(settings.signals().cooldown()));
    }

    /** A member's own new message outside the staff chats: the ones incident mode looks at. */
    private boolean fromMember(InboundMessage message) {
        return !message.author().bot()
                && !message.edited()
                && !places.staffChats().contains(message.chat())
                && !ports.isStaff().test(message.author(), message.roles());
    }

    /** Messages that count towards a topic: a member's own, and not a command ({@code /human} is about nothing). */
    private static boolean counts(InboundMessage message) {
        return message.command() == null;
    }

    private static boolean answersQuestion(Decision decision) {
        return decision instanceof Answer || decision instanceof Suggest || decision instanceof Fallback;
    }

    /**
     * The topic: the entry the bot answered or suggested first; for a question it could not place,
     * a group of similar ones; for a group message it left alone that asks something, the entry a
     * search by its words finds confidently, else a group. Small talk, group chatter that asks
     * nothing and replies that are not answers have none.
     */
    private Optional<String> topicOf(InboundMessage message, List<Decision> decisions) {
        for (Decision decision : decisions) {
            if (decision instanceof Answer answer) {
                return Optional.of(answer.entryId());
            }
            if (decision instanceof Suggest suggest && !suggest.suggestions().isEmpty()) {
                return Choices.entryOf(suggest.suggestions().getFirst().action());
            }
            if (decision instanceof Fallback) {
                return groups.topicOf(message.text());
            }
        }
        if (!decisions.isEmpty()
                || !MessageIntent.looksLikeQuestion(message.text())
                || ports.smallTalk().recognise(message.text()).isPresent()) {
            // group chatter that asks nothing is no support question, and costs nothing to skip
            return Optional.empty();
        }
        List<SearchHit> hits = ports.knowledgeBase().search(SearchQuery.byWords(message.text(), language(message), 1));
        if (!hits.isEmpty() && hits.getFirst().confidence() >= places.topicConfidence()) {
            return Optional.of(hits.getFirst().entryId());
        }
        return groups.topicOf(message.text());
    }

    /**
     * True when an open incident already covers a spike: its topic, an entry sharing a tag with
     * one of the incident's (stuck transactions during an incident on pending withdrawals), or
     * most of its examples are alike to the incident's phrasings (members of the same incident
     * asking in words another entry answers), so that one incident alerts once.
     */
    private boolean covered(Spike spike) {
        if (incidentAbout(spike.topic()).isPresent()) {
            return true;
        }
        List<String> examples = spike.window().examples();
        List<Incident> open = openIncidents();
        if (open.isEmpty()) {
            return false;
        }
        List<String> tags = tagsOf(spike.topic());
        if (open.stream().flatMap(i -> i.topics().stream()).anyMatch(t -> tagsOf(t).stream()
                .anyMatch(tags::contains))) {
            return true;
        }
        if (examples.isEmpty()) {
            return false;
        }
        long alike = examples.stream()
                .filter(e -> phrasings.alikeTo(e, open).isPresent())
                .count();
        return alike * 2 > examples.size();
    }

    /**
     * The open incident covering this topic, if any: one of its topics, an entry of the same
     * subject as one of them (the same first tag: the withdrawal entries for an incident on
     * pending withdrawals), or an entry tagged {@value #OUTAGE_TAG}, which every incident covers.
     */
    private Optional<Incident> incidentAbout(String topic) {
        List<Incident> open = openIncidents();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Optional<Incident> named =
                open.stream().filter(i -> i.topics().contains(topic)).findFirst();
        if (named.isPresent() || topic.startsWith("similar:")) {
            return named;
        }
        List<String> tags = tagsOf(topic);
        if (tags.contains(OUTAGE_TAG)) {
            return Optional.of(open.getFirst());
        }
        if (tags.isEmpty()) {
            return Optional.empty();
        }
        String subject = tags.getFirst();
        return open.stream()
                .filter(i -> i.topics().stream()
                        .map(this::tagsOf)
                        .anyMatch(t -> !t.isEmpty() && t.getFirst().equals(subject)))
                .findFirst();
    }

    private List<String> tagsOf(String topic) {
        return topic.startsWith("similar:")
                ? List.of()
                : ports.knowledgeBase()
                        .entry(topic, null)
                        .map(KnowledgeEntry::tags)
                        .orElse(List.of());
    }

    /** The open incidents, read at most every two seconds: every member message asks. */
    private List<Incident> openIncidents() {
        OpenIncidents cached = openCache;
        Instant now = clock.instant();
        if (cached.readAt().plus(OPEN_CACHE).isAfter(now) && !cached.readAt().isAfter(now)) {
            return cached.incidents();
        }
        List<Incident> open = store.open();
        openCache = new OpenIncidents(open, now);
        return open;
    }

    /** Staff changed an incident: the next message reads the store again. */
    private void forgetOpen() {
        openCache = new OpenIncidents(List.of(), Instant.MIN);
    }

    /**
     * Holds the new, not urgent ticket of a member linked to an open incident (or asking about it
     * now): no ticket space, no urgent alert; the member and the staff chat are told instead.
     */
    private List<Decision> hold(
            InboundMessage message, List<Decision> decisions, Optional<Incident> asked, Instant now) {
        Optional<OpenTicketSpace> opened = decisions.stream()
                .filter(OpenTicketSpace.class::isInstance)
                .map(OpenTicketSpace.class::cast)
                .findFirst();
        if (opened.isEmpty()) {
            return decisions;
        }
        TicketId ticket = opened.get().ticketId();
        boolean urgent = decisions.stream().anyMatch(d -> d instanceof StaffAlert a && ticket.equals(a.ticketId()));
        if (urgent) {
            return decisions;
        }
        String key = LinkedMember.key(message.author());
        Optional<Incident> incident = asked.or(() -> openIncidents().stream()
                .filter(i -> store.linkOf(i.id(), key).isPresent())
                .findFirst());
        if (incident.isEmpty()) {
            return decisions;
        }
        Incident held = incident.get();
        String language = language(message);
        ChatRef privateChat = message.chat().isPrivate()
                ? message.chat()
                : new ChatRef(message.author().platform(), message.author().id(), ChatType.PRIVATE);
        store.link(held.id(), new LinkedMember(message.author(), privateChat, language, ticket, now));
        store.appendTimeline(held.id(), new TimelineEntry(now, TimelineEntry.Kind.LINKED, null, ticket.value()));
        metrics.ticketLinked(message.chat().platform());
        List<Decision> out = new ArrayList<>(decisions);
        out.remove(opened.get());
        out.add(Reply.of(ReplyTarget.replyTo(message), messages.ticketHeld(ticket.value(), language)));
        out.add(Reply.of(
                ReplyTarget.chat(places.staffHome()),
                staff.say(IncidentStaffText.TICKET_HELD, ticket, held.id(), ticket)));
        return out;
    }

    /** The alert about a spike for the staff chat, with its "Open incident" button; the alert is kept for it. */
    private Decision alert(Spike spike, String language) {
        String title = title(spike);
        String id = IncidentCommands.alertId(spike);
        store.saveAlert(new SignalAlert(
                id,
                spike.topic(),
                title,
                spike.firstSignalAt(),
                spike.at(),
                spike.window().members()));
        metrics.alerted(Duration.between(spike.firstSignalAt(), spike.at()));
        String examples = spike.window().examples().stream().map(e -> "> " + e).collect(Collectors.joining("\n"));
        String text = staff.say(
                IncidentStaffText.ALERT,
                title,
                spike.window().members(),
                settings.signals().window().toMinutes(),
                String.format(Locale.ROOT, "%.1f", spike.normal()),
                counts(spike.window().platforms()),
                counts(spike.window().languages()),
                examples);
        return new Reply(
                ReplyTarget.chat(places.staffHome()),
                text,
                List.of(new Choice(staff.say(IncidentStaffText.OPEN_BUTTON), IncidentCommands.openAction(id))));
    }

    /** The entry's title in the staff language, or the first words of a group's latest example. */
    private String title(Spike spike) {
        if (!spike.topic().startsWith("similar:")) {
            Optional<String> entry = ports.knowledgeBase()
                    .entry(spike.topic(), places.staffLanguage())
                    .map(e -> e.title());
            if (entry.isPresent()) {
                return entry.get();
            }
        }
        String example = spike.window().examples().isEmpty()
                ? spike.topic()
                : spike.window().examples().getFirst();
        String[] words = example.split("\\s+");
        String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(8, words.length)));
        return staff.say(IncidentStaffText.GROUP_TITLE, start);
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private SignalSample sample(InboundMessage message, String language) {
        String redacted = ports.redactor().apply(message.text()).strip().replaceAll("\\s+", " ");
        if (redacted.length() > EXAMPLE_CHARS) {
            int end = EXAMPLE_CHARS;
            if (Character.isHighSurrogate(redacted.charAt(end - 1))) {
                end--;
            }
            redacted = redacted.substring(0, end) + "…";
        }
        return new SignalSample(message.chat().platform(), language, redacted);
    }

    /** Where the status goes: where the bot's answer goes, else as a reply to the message. */
    private static ReplyTarget targetOf(InboundMessage message, List<Decision> decisions) {
        return decisions.stream()
                .filter(IncidentDesk::answersQuestion)
                .map(Decision::to)
                .findFirst()
                .orElse(ReplyTarget.replyTo(message));
    }

    private String language(InboundMessage message) {
        return MemberLanguage.supported(message.languageHint()).orElse(places.memberLanguage());
    }
}
