package dev.watchkeeper.core.assembly;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.conversation.BotTexts;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.conversation.ConversationStore;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.conversation.FaqResponder;
import dev.watchkeeper.core.conversation.QuestionRecorder;
import dev.watchkeeper.core.event.DomainEvents;
import dev.watchkeeper.core.faq.AnswerFeedback;
import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.core.faq.InMemoryQuestionLog;
import dev.watchkeeper.core.faq.KnowledgeBase;
import dev.watchkeeper.core.faq.QuestionLog;
import dev.watchkeeper.core.incident.DeskPlaces;
import dev.watchkeeper.core.incident.HeldTickets;
import dev.watchkeeper.core.incident.IncidentDesk;
import dev.watchkeeper.core.incident.IncidentMetrics;
import dev.watchkeeper.core.incident.IncidentPorts;
import dev.watchkeeper.core.incident.IncidentSettings;
import dev.watchkeeper.core.incident.model.InMemoryIncidentStore;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.signal.InMemorySignalStore;
import dev.watchkeeper.core.incident.signal.SignalStore;
import dev.watchkeeper.core.incident.text.IncidentStaffTexts;
import dev.watchkeeper.core.incident.text.IncidentTexts;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.language.Translations;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationDesk;
import dev.watchkeeper.core.signin.ConsoleCommand;
import dev.watchkeeper.core.signin.ConsolePlaces;
import dev.watchkeeper.core.signin.ConsoleRoles;
import dev.watchkeeper.core.signin.ConsoleTexts;
import dev.watchkeeper.core.signin.InMemoryConsoleSignIns;
import dev.watchkeeper.core.signin.SignInLinks;
import dev.watchkeeper.core.signin.SignInSettings;
import dev.watchkeeper.core.smalltalk.SmallTalk;
import dev.watchkeeper.core.ticket.TicketDesk;
import dev.watchkeeper.core.ticket.TicketPorts;
import dev.watchkeeper.core.ticket.report.RetentionPurge;
import dev.watchkeeper.core.ticket.report.SlaMonitor;
import dev.watchkeeper.core.ticket.staff.StaffDirectory;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The whole bot, wired in one place: the conversation engine answers members from the knowledge
 * base, the ticket desk hands them over to support staff, the moderation desk screens every message
 * with the scam shield, and {@link Bot} is the one way into all three. Each feature gets the ports
 * and settings it uses from what the caller supplies (stores, shield, settings), so the
 * application, the tests and the benchmarks run the same wiring.
 *
 * <p>Building it only constructs objects: it neither blocks nor starts threads. The parts are
 * thread-safe as documented on each.
 */
public final class BotAssembly {
    private final ConversationEngine conversation;
    private final TicketDesk tickets;
    private final ModerationDesk moderation;
    private final IncidentDesk incidents;
    private final SlaMonitor slaMonitor;
    private final RetentionPurge retentionPurge;
    private final Bot bot;

    private BotAssembly(Builder b) {
        FeatureStores stores = b.stores;
        conversation = new ConversationEngine(
                b.settings.conversation(),
                stores.conversations(),
                faqResponder(b.settings.conversation(), b.knowledgeBase, b.texts.bot()),
                stores.answerFeedback(),
                b.texts.bot(),
                b.languages,
                b.texts.smallTalk(),
                b.clock,
                new QuestionRecorder(b.questionLog, b.shield.redactor()::redact));
        TicketPorts ticketPorts = new TicketPorts(
                stores.tickets(),
                stores.ticketSequence(),
                stores.transcripts(),
                stores.audit(),
                b.staff,
                b.knowledgeBase,
                stores.answerFeedback(),
                stores.conversations(),
                b.metrics.support(),
                b.events,
                b.shield.redactor()::redact,
                b.random);
        tickets = new TicketDesk(
                ticketPorts, b.settings.tickets(), b.texts.tickets(), b.texts.staff(), b.clock, b.metrics.botAnswers());
        StaffDirectory staff = b.staff;
        moderation = new ModerationDesk(
                new ModerationDesk.Ports(
                        b.shield.shield(),
                        b.shield.redactor(),
                        stores.cases(),
                        stores.audit(),
                        stores.memberActivity(),
                        b.shield.learning(),
                        staff::isStaff,
                        b.shield.communityDomains(),
                        b.events),
                b.settings.moderation(),
                b.texts.moderation(),
                b.texts.moderators(),
                b.languages,
                b.clock,
                b.metrics.moderation());
        Set<ChatRef> staffChats = new LinkedHashSet<>(b.settings.tickets().staffChats());
        staffChats.addAll(b.settings.moderation().moderatorChats().values());
        incidents = new IncidentDesk(
                new IncidentPorts(
                        b.incidentStore,
                        b.signalStore != null
                                ? b.signalStore
                                : InMemorySignalStore.forSettings(b.incidentSettings.signals()),
                        b.knowledgeBase,
                        b.texts.smallTalk(),
                        new HeldTickets() {
                            @Override
                            public boolean claimed(TicketId ticket) {
                                return tickets.claimed(ticket);
                            }

                            @Override
                            public boolean closeHeld(TicketId ticket, UserRef by, String note) {
                                return tickets.closeHeld(ticket, by, note);
                            }
                        },
                        staff::isStaff,
                        b.shield.redactor()::redact),
                b.incidentSettings,
                new DeskPlaces(
                        b.settings.tickets().staffHome(),
                        staffChats,
                        b.settings.tickets().staffLanguage(),
                        b.settings.conversation().defaultLanguage(),
                        b.settings.conversation().thresholds().answer()),
                b.incidentTexts,
                b.incidentStaffTexts,
                b.clock,
                b.incidentMetrics);
        slaMonitor = new SlaMonitor(
                stores.tickets(), b.metrics.support(), b.settings.tickets(), b.texts.staff(), incidents::holds);
        retentionPurge =
                new RetentionPurge(stores.tickets(), stores.transcripts(), stores.audit(), b.settings.tickets());
        SignInLinks links = b.signInLinks != null
                ? b.signInLinks
                : new SignInLinks(new InMemoryConsoleSignIns(b.clock), SignInSettings.off(), b.clock);
        ConsoleCommand console = new ConsoleCommand(
                links,
                new ConsoleRoles(b.settings.moderation().moderators(), staff, links.supervisors()),
                new ConsolePlaces(
                        Set.copyOf(b.settings.tickets().staffChats()),
                        b.settings.tickets().staffLanguage(),
                        Set.copyOf(b.settings.moderation().moderatorChats().values()),
                        b.settings.moderation().staffLanguage()),
                stores.audit(),
                b.consoleTexts,
                b.clock);
        bot = new Bot(moderation, tickets, incidents, console, conversation, b.metrics.bot());
    }

    /**
     * The conversation engine alone, for a caller that only answers questions (the {@code ask}
     * command): no tickets, no moderation, no shield.
     */
    public static ConversationEngine conversationEngine(
            EngineSettings settings,
            ConversationStore conversations,
            AnswerFeedback feedback,
            KnowledgeBase knowledgeBase,
            Translations<BotTexts> texts,
            MemberLanguage languages,
            SmallTalk smallTalk,
            Clock clock) {
        return new ConversationEngine(
                settings,
                conversations,
                faqResponder(settings, knowledgeBase, texts),
                feedback,
                texts,
                languages,
                smallTalk,
                clock);
    }

    private static FaqResponder faqResponder(
            EngineSettings settings, KnowledgeBase knowledgeBase, Translations<BotTexts> texts) {
        return new FaqResponder(knowledgeBase, new AnswerPolicy(settings.thresholds()), texts);
    }

    /** Starts a bot over {@code stores}, screening with {@code shield}, as {@code settings} say. */
    public static Builder builder(
            FeatureSettings settings,
            FeatureStores stores,
            KnowledgeBase knowledgeBase,
            ShieldParts shield,
            StaffDirectory staff) {
        return new Builder(settings, stores, knowledgeBase, shield, staff);
    }

    /** The one way into the bot, for the platform adapters. */
    public Bot bot() {
        return bot;
    }

    /** The conversation engine that answers members. */
    public ConversationEngine conversation() {
        return conversation;
    }

    /** The ticket desk, for reports and scheduled jobs. */
    public TicketDesk tickets() {
        return tickets;
    }

    /** The moderation desk. */
    public ModerationDesk moderation() {
        return moderation;
    }

    /** Incident mode: signals and incidents. */
    public IncidentDesk incidents() {
        return incidents;
    }

    /** Finds tickets past their response targets; run on a schedule. */
    public SlaMonitor slaMonitor() {
        return slaMonitor;
    }

    /** Deletes tickets and transcripts past retention; run on a schedule. */
    public RetentionPurge retentionPurge() {
        return retentionPurge;
    }

    /**
     * What the bot is built from beyond its required parts; each has a default for tests and the
     * benchmarks.
     */
    public static final class Builder {
        private final FeatureSettings settings;
        private final FeatureStores stores;
        private final KnowledgeBase knowledgeBase;
        private final ShieldParts shield;
        private final StaffDirectory staff;
        private MemberLanguage languages = MemberLanguage.byScript();
        private FeatureTexts texts = FeatureTexts.bundled();
        private FeatureMetrics metrics = FeatureMetrics.NONE;
        private DomainEvents events = DomainEvents.NONE;
        private Clock clock = Clock.systemUTC();
        private RandomGenerator random = new SecureRandom();
        private IncidentSettings incidentSettings = IncidentSettings.defaults();
        private IncidentStore incidentStore = new InMemoryIncidentStore();
        private @Nullable SignalStore signalStore;
        private IncidentMetrics incidentMetrics = IncidentMetrics.NONE;
        private QuestionLog questionLog = new InMemoryQuestionLog(500, 400);
        private Translations<IncidentTexts> incidentTexts = IncidentTexts.translations(MessageCatalog.bundled());
        private Translations<IncidentStaffTexts> incidentStaffTexts =
                IncidentStaffTexts.translations(MessageCatalog.bundled());
        private @Nullable SignInLinks signInLinks;
        private Translations<ConsoleTexts> consoleTexts = ConsoleTexts.translations(MessageCatalog.bundled());

        private Builder(
                FeatureSettings settings,
                FeatureStores stores,
                KnowledgeBase knowledgeBase,
                ShieldParts shield,
                StaffDirectory staff) {
            this.settings = requireNonNull(settings, "settings");
            this.stores = requireNonNull(stores, "stores");
            this.knowledgeBase = requireNonNull(knowledgeBase, "knowledgeBase");
            this.shield = requireNonNull(shield, "shield");
            this.staff = requireNonNull(staff, "staff");
        }

        /** Tells members' languages (default: by the script of their text alone). */
        public Builder languages(MemberLanguage languages) {
            this.languages = requireNonNull(languages, "languages");
            return this;
        }

        /** What the features say (default: the bundled texts). */
        public Builder texts(FeatureTexts texts) {
            this.texts = requireNonNull(texts, "texts");
            return this;
        }

        /** Where the features report figures (default: nowhere). */
        public Builder metrics(FeatureMetrics metrics) {
            this.metrics = requireNonNull(metrics, "metrics");
            return this;
        }

        /** Where tickets' and cases' domain events go (default: nowhere). */
        public Builder events(DomainEvents events) {
            this.events = requireNonNull(events, "events");
            return this;
        }

        /** The time (default: the system's, in UTC). */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
            return this;
        }

        /** Draws the verification codes that tickets ask members for (default: a {@link SecureRandom}). */
        public Builder random(RandomGenerator random) {
            this.random = requireNonNull(random, "random");
            return this;
        }

        /** How incident mode behaves (default: on, with the default signals and no announcement channels). */
        public Builder incidents(IncidentSettings settings) {
            this.incidentSettings = requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Where incidents and signals are kept (default: in memory; the signals sized for the
         * incident settings).
         */
        public Builder incidentStores(IncidentStore incidents, SignalStore signals) {
            this.incidentStore = requireNonNull(incidents, "incidents");
            this.signalStore = requireNonNull(signals, "signals");
            return this;
        }

        /**
         * Where the answers and the questions the bot could not answer are counted, for the
         * support dashboard (default: in memory, the latest 500 missed questions).
         */
        public Builder questionLog(QuestionLog log) {
            this.questionLog = requireNonNull(log, "log");
            return this;
        }

        /** Where incident mode reports its figures (default: nowhere). */
        public Builder incidentMetrics(IncidentMetrics metrics) {
            this.incidentMetrics = requireNonNull(metrics, "metrics");
            return this;
        }

        /** What incident mode says to members and to staff (default: the bundled texts). */
        public Builder incidentTexts(MessageCatalog catalog) {
            this.incidentTexts = IncidentTexts.translations(catalog);
            this.incidentStaffTexts = IncidentStaffTexts.translations(catalog);
            return this;
        }

        /**
         * The staff web console's sign-in links, which {@code /console} sends (default: the console
         * off, so that {@code /console} says it is not enabled).
         */
        public Builder console(SignInLinks links) {
            this.signInLinks = requireNonNull(links, "links");
            return this;
        }

        /** What {@code /console} says (default: the bundled texts). */
        public Builder consoleTexts(MessageCatalog catalog) {
            this.consoleTexts = ConsoleTexts.translations(catalog);
            return this;
        }

        /** The bot. */
        public BotAssembly build() {
            return new BotAssembly(this);
        }
    }
}
