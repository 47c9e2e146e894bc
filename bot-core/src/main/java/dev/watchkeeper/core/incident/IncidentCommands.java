package dev.watchkeeper.core.incident;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.EditAnnouncement;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.incident.model.IncidentStatus;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.model.IncidentTimes;
import dev.watchkeeper.core.incident.model.LinkedMember;
import dev.watchkeeper.core.incident.model.SignalAlert;
import dev.watchkeeper.core.incident.model.TimelineEntry;
import dev.watchkeeper.core.incident.signal.Spike;
import dev.watchkeeper.core.incident.text.IncidentStaffText;
import dev.watchkeeper.core.incident.text.IncidentStaffTexts;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.AnnouncementPosted;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.store.StoreUnavailableException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The staff side of incident mode: {@code /incident} in a staff chat and the alert's "Open
 * incident" button. Every change is written by compare-and-set, added to the incident's timeline
 * and, where the incident was announced, edited into each announcement. Only support staff may run
 * them. Thread-safe; blocks only as long as the store does.
 */
final class IncidentCommands {
    private static final String OPEN_ACTION = "incident:open:";
    private static final int STATS_INCIDENTS = 5;
    private static final int WRITE_ATTEMPTS = 5;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final IncidentPorts ports;
    private final IncidentStore store;
    private final IncidentSettings settings;
    private final DeskPlaces places;
    private final IncidentStaffTexts staff;
    private final IncidentMessages messages;
    private final Clock clock;
    private final IncidentMetrics metrics;
    private final Runnable changed;

    IncidentCommands(
            IncidentPorts ports,
            IncidentSettings settings,
            DeskPlaces places,
            IncidentStaffTexts staff,
            IncidentMessages messages,
            Clock clock,
            IncidentMetrics metrics,
            Runnable changed) {
        this.ports = ports;
        this.store = ports.incidents();
        this.settings = settings;
        this.places = places;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
        this.metrics = metrics;
        this.changed = changed;
    }

    /** The button action that opens an incident from an alert. */
    static String openAction(String alertId) {
        return OPEN_ACTION + alertId;
    }

    /** The alert a button action names, if it is an "Open incident" button. */
    static Optional<String> alertOf(String action) {
        return action.startsWith(OPEN_ACTION) && action.length() > OPEN_ACTION.length()
                ? Optional.of(action.substring(OPEN_ACTION.length()))
                : Optional.empty();
    }

    /** A short id for a spike's alert: its minute and its topic. */
    static String alertId(Spike spike) {
        long minute = Math.floorDiv(spike.at().getEpochSecond(), 60);
        return Long.toString(minute, 36) + "-"
                + Integer.toHexString(spike.topic().hashCode());
    }

    List<Decision> run(InboundMessage message) {
        ReplyTarget here = ReplyTarget.replyTo(message);
        if (!ports.isStaff().test(message.author(), message.roles())) {
            return List.of(Reply.of(here, staff.say(IncidentStaffText.STAFF_ONLY)));
        }
        BotCommand command = java.util.Objects.requireNonNull(message.command());
        String sub = command.firstArgument().toLowerCase(Locale.ROOT);
        String rest = command.restArguments();
        UserRef by = message.author();
        Instant now = clock.instant();
        return switch (sub) {
            case "open" -> open(rest, by, here, now);
            case "list" -> List.of(Reply.of(here, list()));
            case "update", "translate", "link", "topic", "phrase", "announce", "resolve", "show" ->
                named(rest)
                        .map(target -> onIncident(sub, target.incident(), target.rest(), by, here, now))
                        .orElseGet(() -> List.of(Reply.of(here, whichIncident(rest))));
            default -> List.of(Reply.of(here, staff.say(IncidentStaffText.HELP)));
        };
    }

    private record Target(Incident incident, String rest) {}

    /** The incident the arguments name first, or the only open one when they name none. */
    private Optional<Target> named(String arguments) {
        String[] words = arguments.strip().split("\\s+", 2);
        Optional<IncidentId> id = IncidentId.parse(words[0], settings.idPrefix());
        if (id.isPresent()) {
            return store.find(id.get()).map(i -> new Target(i, words.length > 1 ? words[1].strip() : ""));
        }
        List<Incident> open = store.open();
        return open.size() == 1 ? Optional.of(new Target(open.getFirst(), arguments.strip())) : Optional.empty();
    }

    private String whichIncident(String arguments) {
        String first = arguments.strip().split("\\s+", 2)[0];
        if (IncidentId.parse(first, settings.idPrefix()).isPresent()) {
            return staff.say(IncidentStaffText.NO_INCIDENT, first.toUpperCase(Locale.ROOT));
        }
        List<Incident> open = store.open();
        return open.isEmpty()
                ? staff.say(IncidentStaffText.NONE_OPEN)
                : staff.say(IncidentStaffText.SEVERAL_OPEN, open.getFirst().id());
    }

    private List<Decision> onIncident(
            String sub, Incident incident, String rest, UserRef by, ReplyTarget here, Instant now) {
        if (sub.equals("show")) {
            return List.of(Reply.of(here, show(incident)));
        }
        if (!incident.status().isOpen()) {
            return sub.equals("resolve")
                    ? tellRemaining(incident, by, here)
                    : List.of(Reply.of(here, staff.say(IncidentStaffText.ALREADY_RESOLVED, incident.id())));
        }
        return switch (sub) {
            case "update" -> update(incident, rest, by, here, now);
            case "translate" -> translate(incident, rest, by, here, now);
            case "link" -> link(incident, rest, by, here, now);
            case "topic" -> topic(incident, rest, here);
            case "phrase" -> phrase(incident, rest, here);
            case "announce" -> announce(incident, here);
            default -> resolve(incident, rest, by, here, now);
        };
    }

    private List<Decision> open(String title, UserRef by, ReplyTarget here, Instant now) {
        if (title.isBlank()) {
            return List.of(Reply.of(here, staff.say(IncidentStaffText.MISSING_TEXT)));
        }
        Set<String> topics = new LinkedHashSet<>();
        topicOfTitle(title).ifPresent(topics::add);
        Incident incident = create(title.strip(), topics, List.of(), by, IncidentTimes.opened(null, null, now), null);
        metrics.opened(null);
        return opened(incident, here);
    }

    /** Opens an incident from an alert's button, unless the spike already has one. */
    List<Decision> openFromAlert(ChoiceSelected choice, String alertId) {
        ReplyTarget here = ReplyTarget.chat(choice.chat());
        if (!ports.isStaff().test(choice.author(), choice.roles())) {
            return List.of(new PrivateNotice(here, choice.author(), staff.say(IncidentStaffText.STAFF_ONLY)));
        }
        Optional<SignalAlert> alert = store.findAlert(alertId);
        if (alert.isEmpty()) {
            return List.of(new PrivateNotice(here, choice.author(), staff.say(IncidentStaffText.EXPIRED_ALERT)));
        }
        Optional<Incident> taken = store.open().stream()
                .filter(i -> i.topics().contains(alert.get().topic()))
                .findFirst();
        if (taken.isPresent()) {
            return List.of(new PrivateNotice(
                    here,
                    choice.author(),
                    staff.say(IncidentStaffText.ALERT_TAKEN, taken.get().id())));
        }
        Instant now = clock.instant();
        SignalAlert a = alert.get();
        Set<String> topics = new LinkedHashSet<>();
        topics.add(a.topic());
        topicOfTitle(a.title()).ifPresent(topics::add);
        Incident incident = create(
                a.title(),
                topics,
                spikeWords(a, now),
                choice.author(),
                IncidentTimes.opened(a.firstSignalAt(), a.alertedAt(), now),
                new TimelineEntry(a.alertedAt(), TimelineEntry.Kind.ALERTED, null, String.valueOf(a.members())));
        metrics.opened(Duration.between(a.firstSignalAt(), now));
        return opened(incident, here);
    }

    /**
     * The redacted messages of the alert's spike, from its first signal to now, on its topic and on
     * its subject (the entry's first tag, where members of the same incident asking in words a
     * neighbouring entry answers are counted too), as the new incident's first phrasings: how
     * members word it.
     */
    private List<String> spikeWords(SignalAlert alert, Instant now) {
        long from = Math.floorDiv(alert.firstSignalAt().getEpochSecond(), 60);
        long to = Math.max(from, Math.floorDiv(now.getEpochSecond(), 60));
        List<String> words = new ArrayList<>(ports.signals()
                .window(alert.topic(), from, to, Incident.PHRASINGS_KEPT)
                .examples());
        ports.knowledgeBase()
                .entry(alert.topic(), null)
                .flatMap(e -> e.tags().stream().findFirst())
                .ifPresent(subject -> words.addAll(ports.signals()
                        .window(IncidentDesk.TAG + subject, from, to, Incident.PHRASINGS_KEPT)
                        .examples()));
        return words;
    }

    /** Stores a new incident and starts its timeline: the alert that led to it, if any, then its opening. */
    private Incident create(
            String title,
            Set<String> topics,
            List<String> phrasings,
            UserRef by,
            IncidentTimes times,
            @Nullable TimelineEntry alerted) {
        IncidentId id = IncidentId.of(settings.idPrefix(), store.nextNumber());
        Incident incident = store.create(new Incident(
                        id,
                        0,
                        title,
                        IncidentStatus.INVESTIGATING,
                        java.util.Map.of(),
                        null,
                        topics,
                        by,
                        times,
                        List.of())
                .withPhrasings(phrasings));
        if (alerted != null) {
            store.appendTimeline(id, alerted);
        }
        store.appendTimeline(id, new TimelineEntry(times.openedAt(), TimelineEntry.Kind.OPENED, actor(by), title));
        changed.run();
        return incident;
    }

    private List<Decision> opened(Incident incident, ReplyTarget here) {
        List<Decision> out = new ArrayList<>();
        String topics = incident.topics().isEmpty()
                ? staff.say(IncidentStaffText.NOT_YET)
                : String.join(", ", incident.topics());
        out.add(Reply.of(here, staff.say(IncidentStaffText.OPENED, incident.id(), incident.title(), topics)));
        if (settings.announceOnOpen()) {
            out.addAll(posts(incident));
        }
        return out;
    }

    /** The entry a search of the title finds confidently, so that a hand-opened incident has a topic. */
    private Optional<String> topicOfTitle(String title) {
        List<SearchHit> hits = ports.knowledgeBase().search(new SearchQuery(title, places.staffLanguage(), 1));
        return hits.isEmpty() || hits.getFirst().confidence() < places.topicConfidence()
                ? Optional.empty()
                : Optional.of(hits.getFirst().entryId());
    }

    private List<Decision> update(Incident incident, String rest, UserRef by, ReplyTarget here, Instant now) {
        String[] words = rest.split("\\s+", 2);
        Optional<IncidentStatus> status = IncidentStatus.parse(words[0]).or(() -> statusInStaffLanguage(words[0]));
        if (status.isEmpty() || words[0].isBlank()) {
            return List.of(Reply.of(here, staff.say(IncidentStaffText.BAD_STATUS, words[0])));
        }
        String message = words.length > 1 ? words[1].strip() : "";
        if (status.get() == IncidentStatus.RESOLVED) {
            return resolve(incident, message, by, here, now);
        }
        Incident next = write(incident, i -> i.updated(status.get(), places.staffLanguage(), message, now));
        store.appendTimeline(
                next.id(),
                new TimelineEntry(
                        now,
                        TimelineEntry.Kind.UPDATED,
                        actor(by),
                        status.get().word() + (message.isEmpty() ? "" : ": " + message)));
        List<Decision> out = new ArrayList<>();
        out.add(Reply.of(here, staff.say(IncidentStaffText.UPDATED, next.id(), staff.label(next.status()))));
        out.addAll(edits(next));
        return out;
    }

    private List<Decision> translate(Incident incident, String rest, UserRef by, ReplyTarget here, Instant now) {
        String[] words = rest.split("\\s+", 2);
        String language = words[0].toLowerCase(Locale.ROOT);
        if (!MemberLanguage.SUPPORTED.contains(language)) {
            return List.of(Reply.of(here, staff.say(IncidentStaffText.BAD_LANGUAGE, words[0])));
        }
        if (words.length < 2 || words[1].isBlank()) {
            return List.of(Reply.of(here, staff.say(IncidentStaffText.MISSING_TEXT)));
        }
        Incident next = write(incident, i -> i.translated(language, words[1], now));
        store.appendTimeline(next.id(), new TimelineEntry(now, TimelineEntry.Kind.TRANSLATED, actor(by), language));
        List<Decision> out = new ArrayList<>();
        out.add(Reply.of(here, staff.say(IncidentStaffText.TRANSLATED, next.id(), language)));
        out.addAll(edits(next));
        return out;
    }

    private List<Decision> link(Incident incident, String rest, UserRef by, ReplyTarget here, Instant now) {
        String link = rest.strip();
        if (!isWebLink(link)) {
            return List.of(Reply.of(here, staff.say(IncidentStaffText.BAD_LINK, link)));
        }
        Incident next = write(incident, i -> i.withStatusPage(link, now));
        store.appendTimeline(next.id(), new TimelineEntry(now, TimelineEntry.Kind.UPDATED, actor(by), link));
        List<Decision> out = new ArrayList<>();
        out.add(Reply.of(here, staff.say(IncidentStaffText.LINKED, next.id(), link)));
        out.addAll(edits(next));
        return out;
    }

    /** A status as the staff language labels it ("мониторинг"), for staff who type it so. */
    private Optional<IncidentStatus> statusInStaffLanguage(String word) {
        for (IncidentStatus status : IncidentStatus.values()) {
            if (staff.label(status).equalsIgnoreCase(word.strip())) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private List<Decision> topic(Incident incident, String rest, ReplyTarget here) {
        String topic = rest.strip();
        boolean known = topic.startsWith("similar:")
                || (!topic.isEmpty() && ports.knowledgeBase().entry(topic, null).isPresent());
        if (!known) {
            return List.of(Reply.of(here, staff.say(IncidentStaffText.BAD_TOPIC, topic)));
        }
        Incident next = write(incident, i -> i.withTopic(topic));
        return List.of(Reply.of(here, staff.say(IncidentStaffText.TOPIC_ADDED, next.id(), topic)));
    }

    /** Staff add a way members word the incident: a question alike to it gets its status. */
    private List<Decision> phrase(Incident incident, String rest, ReplyTarget here) {
        String phrasing = rest.strip();
        if (phrasing.isEmpty()) {
            return List.of(Reply.of(here, staff.say(IncidentStaffText.MISSING_TEXT)));
        }
        if (incident.phrasings().size() >= Incident.PHRASINGS_KEPT) {
            return List.of(Reply.of(
                    here, staff.say(IncidentStaffText.PHRASINGS_FULL, incident.id(), Incident.PHRASINGS_KEPT)));
        }
        Incident next = write(incident, i -> i.withPhrasings(List.of(phrasing)));
        return List.of(Reply.of(
                here,
                staff.say(
                        IncidentStaffText.PHRASE_ADDED,
                        next.id(),
                        next.phrasings().size())));
    }

    private List<Decision> announce(Incident incident, ReplyTarget here) {
        if (settings.announceChannels().isEmpty()) {
            return List.of(Reply.of(here, staff.say(IncidentStaffText.NO_CHANNELS)));
        }
        List<Decision> posts = posts(incident);
        List<Decision> out = new ArrayList<>();
        out.add(Reply.of(here, staff.say(IncidentStaffText.ANNOUNCED, posts.size())));
        out.addAll(posts);
        return out;
    }

    /** An announcement for each channel that has none for this incident yet. */
    private List<Decision> posts(Incident incident) {
        Set<ChatRef> announced =
                incident.announcements().stream().map(MessageRef::chat).collect(Collectors.toSet());
        String text = messages.announcement(incident);
        return settings.announceChannels().stream()
                .filter(channel -> !announced.contains(channel))
                .<Decision>map(
                        channel -> new PostAnnouncement(ReplyTarget.chat(channel), incident.id(), text, settings.pin()))
                .toList();
    }

    /** Each announcement edited to the incident as it is now; unpinned once it is resolved. */
    private List<Decision> edits(Incident incident) {
        String text = messages.announcement(incident);
        boolean pinned = settings.pin() && incident.status().isOpen();
        return incident.announcements().stream()
                .<Decision>map(
                        ref -> new EditAnnouncement(ReplyTarget.chat(ref.chat()), incident.id(), ref, text, pinned))
                .toList();
    }

    private List<Decision> resolve(Incident incident, String message, UserRef by, ReplyTarget here, Instant now) {
        Incident resolved;
        try {
            resolved = write(incident, i -> i.updated(IncidentStatus.RESOLVED, places.staffLanguage(), message, now));
        } catch (AlreadyResolved e) {
            return tellRemaining(store.find(incident.id()).orElse(incident), by, here);
        }
        store.appendTimeline(resolved.id(), new TimelineEntry(now, TimelineEntry.Kind.RESOLVED, actor(by), message));
        Notices notices = tell(resolved, by);
        List<Decision> out = new ArrayList<>();
        out.add(resolvedReply(resolved, notices, here));
        out.addAll(notices.decisions());
        out.addAll(edits(resolved));
        IncidentTimes times = resolved.times();
        metrics.resolved(
                Duration.between(times.openedAt(), now),
                times.firstSignalAt() == null ? null : Duration.between(times.firstSignalAt(), now),
                notices.told());
        return out;
    }

    /**
     * A resolution run again: the members not told yet (a resolution cut short by a store outage)
     * are told now; with none left, staff hear it is already resolved.
     */
    private List<Decision> tellRemaining(Incident resolved, UserRef by, ReplyTarget here) {
        Notices notices = tell(resolved, by);
        if (notices.told() == 0 && !notices.cut()) {
            return List.of(Reply.of(here, staff.say(IncidentStaffText.ALREADY_RESOLVED, resolved.id())));
        }
        List<Decision> out = new ArrayList<>();
        out.add(resolvedReply(resolved, notices, here));
        out.addAll(notices.decisions());
        return out;
    }

    /** The resolution messages decided; {@code cut} when a store outage stopped them part way. */
    private record Notices(List<Decision> decisions, int told, int closed, boolean cut) {}

    private Reply resolvedReply(Incident resolved, Notices notices, ReplyTarget here) {
        return Reply.of(
                here,
                notices.cut()
                        ? staff.say(IncidentStaffText.STORE_AWAY)
                        : staff.say(IncidentStaffText.RESOLVED_STAFF, resolved.id(), notices.told(), notices.closed()));
    }

    /**
     * One message to each linked member not told yet (claimed first, so that no retry or other
     * instance tells them twice), and their held ticket closed when nobody claimed it.
     */
    private Notices tell(Incident resolved, UserRef by) {
        List<Decision> out = new ArrayList<>();
        int told = 0;
        int closed = 0;
        String note = staff.say(
                IncidentStaffText.SHOW_TITLE, resolved.id(), resolved.title(), staff.label(resolved.status()));
        for (LinkedMember member : store.linked(resolved.id())) {
            try {
                if (!store.claimResolutionNotice(resolved.id(), member.key())) {
                    continue;
                }
            } catch (StoreUnavailableException e) {
                // the members claimed so far are told; a resolution run again tells the rest
                return new Notices(out, told, closed, true);
            }
            String closedTicket = null;
            if (member.ticket() != null
                    && !ports.tickets().claimed(member.ticket())
                    && ports.tickets().closeHeld(member.ticket(), by, note)) {
                closedTicket = member.ticket().value();
                closed++;
            }
            out.add(new SendPrivate(
                    ReplyTarget.chat(member.privateChat()),
                    member.member(),
                    member.ticket(),
                    messages.resolved(resolved, member.language(), closedTicket),
                    List.of(),
                    null));
            told++;
        }
        return new Notices(out, told, closed, false);
    }

    /**
     * Keeps the adapter's announcement so that updates edit it. An incident that changed since
     * the announcement was decided (updated or resolved while the adapter was posting) gets the
     * announcement edited to what it is now, so that no announcement stays behind; an edit that
     * changes nothing is harmless on both platforms.
     */
    List<Decision> announcementPosted(AnnouncementPosted posted) {
        Optional<Incident> incident = store.find(posted.incident());
        if (incident.isEmpty()) {
            return List.of();
        }
        Incident next = write(incident.get(), i -> i.withAnnouncement(posted.message()), false);
        store.appendTimeline(
                next.id(),
                new TimelineEntry(
                        posted.time(),
                        TimelineEntry.Kind.ANNOUNCED,
                        null,
                        posted.chat().platform().name().toLowerCase(Locale.ROOT) + " "
                                + posted.chat().id()));
        boolean changedSince = !next.status().isOpen()
                || next.times().updatedAt().isAfter(next.times().openedAt());
        if (!changedSince) {
            return List.of();
        }
        boolean pinned = settings.pin() && next.status().isOpen();
        return List.of(new EditAnnouncement(
                ReplyTarget.chat(posted.chat()), next.id(), posted.message(), messages.announcement(next), pinned));
    }

    private static final class AlreadyResolved extends RuntimeException {
        AlreadyResolved() {
            super(null, null, false, false);
        }
    }

    private Incident write(Incident known, UnaryOperator<Incident> change) {
        return write(known, change, true);
    }

    /** Applies a change by compare-and-set, reading again when another writer came first. */
    private Incident write(Incident known, UnaryOperator<Incident> change, boolean onlyOpen) {
        Incident current = known;
        for (int attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
            if (onlyOpen && !current.status().isOpen()) {
                throw new AlreadyResolved();
            }
            Optional<Incident> written = store.compareAndSet(current, change.apply(current));
            if (written.isPresent()) {
                changed.run();
                return written.get();
            }
            current = store.find(known.id()).orElseThrow();
        }
        throw new IllegalStateException("incident " + known.id() + " changed under every attempt to write it");
    }

    private String list() {
        List<Incident> open = store.open();
        if (open.isEmpty()) {
            return staff.say(IncidentStaffText.NONE_OPEN);
        }
        return open.stream()
                .map(i -> staff.say(
                        IncidentStaffText.LIST_LINE,
                        i.id(),
                        i.title(),
                        staff.label(i.status()),
                        store.statusAnswers(i.id()),
                        heldTickets(i)))
                .collect(Collectors.joining("\n"));
    }

    private long heldTickets(Incident incident) {
        return store.linked(incident.id()).stream()
                .filter(m -> m.ticket() != null)
                .count();
    }

    private String show(Incident incident) {
        StringBuilder text = new StringBuilder(staff.say(
                IncidentStaffText.SHOW_TITLE, incident.id(), incident.title(), staff.label(incident.status())));
        for (TimelineEntry entry : store.timeline(incident.id())) {
            text.append('\n')
                    .append(staff.say(
                            IncidentStaffText.TIMELINE_LINE,
                            TIME.format(entry.at()),
                            staff.label(entry.kind()),
                            entry.actor() == null ? staff.say(IncidentStaffText.BOT_ACTOR) : entry.actor(),
                            entry.text()));
        }
        return text.toString();
    }

    /** The incident figures for {@code /stats}: the latest incidents, if any. */
    Optional<String> statsText() {
        List<Incident> recent = store.recent(STATS_INCIDENTS);
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(staff.say(IncidentStaffText.STATS_TITLE, recent.size()));
        for (Incident i : recent) {
            IncidentTimes t = i.times();
            text.append('\n')
                    .append(staff.say(
                            IncidentStaffText.STATS_LINE,
                            i.id(),
                            staff.label(i.status()),
                            store.statusAnswers(i.id()),
                            heldTickets(i),
                            between(t.firstSignalAt(), t.alertedAt()),
                            between(t.firstSignalAt(), t.openedAt()),
                            between(t.firstSignalAt() != null ? t.firstSignalAt() : t.openedAt(), t.resolvedAt())));
        }
        return Optional.of(text.toString());
    }

    private String between(@Nullable Instant from, @Nullable Instant to) {
        if (from == null || to == null) {
            return staff.say(IncidentStaffText.NOT_YET);
        }
        Duration d = Duration.between(from, to);
        long minutes = d.toMinutes();
        return minutes >= 60
                ? staff.say(IncidentStaffText.HOURS_MINUTES, minutes / 60, minutes % 60)
                : staff.say(IncidentStaffText.MINUTES_SECONDS, minutes, d.toSecondsPart());
    }

    private static String actor(UserRef by) {
        return by.shownName() + " (" + by.platform().name().toLowerCase(Locale.ROOT) + ")";
    }
}
