package dev.watchkeeper.core.ticket;

import dev.watchkeeper.core.assembly.BotAssembly;
import dev.watchkeeper.core.assembly.FeatureMetrics;
import dev.watchkeeper.core.assembly.FeatureSettings;
import dev.watchkeeper.core.assembly.FeatureStores;
import dev.watchkeeper.core.assembly.ShieldParts;
import dev.watchkeeper.core.assembly.TestShields;
import dev.watchkeeper.core.audit.InMemoryAuditLog;
import dev.watchkeeper.core.bot.BotMetrics;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.conversation.InMemoryConversationStore;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.event.RecordingEvents;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.InMemoryAnswerFeedback;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.InMemoryMemberActivity;
import dev.watchkeeper.core.moderation.InMemoryModerationCaseStore;
import dev.watchkeeper.core.moderation.ModerationMetrics;
import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.InMemoryTicketSequence;
import dev.watchkeeper.core.ticket.model.InMemoryTicketStore;
import dev.watchkeeper.core.ticket.model.InMemoryTranscriptLog;
import dev.watchkeeper.core.ticket.model.StaffSpace;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.staff.StaffRoster;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A Telegram community with a Discord staff space, wired through the real conversation engine
 * and the in-memory stores. Stores outlive desks, so a test can "restart" with {@link #newDesk}.
 */
final class DeskFixture {
    static final Instant START = Instant.parse("2026-11-21T12:00:00Z");
    static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    static final ChatRef ALICE_DM = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);
    static final UserRef ALICE = new UserRef(Platform.TELEGRAM, "42", "alice", "Alice", false);
    static final ChatRef STAFF = new ChatRef(Platform.DISCORD, "staff-1", ChatType.GROUP);
    static final UserRef BOB = new UserRef(Platform.DISCORD, "900", "bob", "Bob", false);
    static final UserRef CAROL = new UserRef(Platform.DISCORD, "901", "carol", "Carol", false);
    static final String THREAD = "thread-1";

    static final KnowledgeEntry DEPOSIT = new KnowledgeEntry(
            "deposit-missing",
            "My deposit has not arrived",
            "en",
            List.of("deposit not arrived", "where is my deposit"),
            List.of("deposit"),
            List.of(),
            List.of(),
            "Check the confirmations on the explorer.");
    static final KnowledgeEntry WITHDRAWAL = new KnowledgeEntry(
            "withdrawal-pending",
            "My withdrawal is pending",
            "en",
            List.of("withdrawal pending", "withdrawal stuck"),
            List.of("withdrawal"),
            List.of(),
            List.of(),
            "Withdrawals are reviewed within 24 hours.");

    /** Tagged as the bundled knowledge base tags its 2FA article: security, 2fa, account. */
    static final KnowledgeEntry LOST_2FA = new KnowledgeEntry(
            "reset-2fa-lost-phone",
            "Reset 2FA after losing your phone",
            "en",
            List.of("lost phone 2fa", "reset 2fa authenticator"),
            List.of("security", "2fa", "account"),
            List.of(),
            List.of(),
            "Use the 2FA reset form in the app.");

    final MutableClock clock = new MutableClock(START);
    final InMemoryTicketStore tickets = new InMemoryTicketStore();
    final InMemoryTicketSequence sequence = new InMemoryTicketSequence(1000);
    final InMemoryTranscriptLog transcripts = new InMemoryTranscriptLog(50);
    final InMemoryAuditLog audit = new InMemoryAuditLog();
    final InMemoryConversationStore conversations = new InMemoryConversationStore(Duration.ofDays(1), clock);
    final InMemoryKnowledgeBase knowledgeBase = new InMemoryKnowledgeBase(DEPOSIT, WITHDRAWAL, LOST_2FA);
    final InMemoryAnswerFeedback feedback = new InMemoryAnswerFeedback();
    final CountingMetrics metrics = new CountingMetrics();
    final RecordingEvents events = new RecordingEvents();
    final TicketSettings settings;
    private final FeatureSettings featureSettings;
    private final FeatureStores stores = new FeatureStores(
            conversations,
            feedback,
            tickets,
            sequence,
            transcripts,
            audit,
            new InMemoryModerationCaseStore(),
            new InMemoryMemberActivity(1000));
    private final ShieldParts shield = TestShields.coreOnly();
    final ConversationEngine engine;
    TicketDesk desk;
    private final AtomicInteger messageIds = new AtomicInteger();

    DeskFixture() {
        this("en");
    }

    /** A desk that speaks {@code staffLanguage} to staff. */
    DeskFixture(String staffLanguage) {
        settings = TicketSettings.defaults(STAFF, Map.of(Platform.TELEGRAM, "keeperbot", Platform.DISCORD, "Keeper"))
                .withStaffLanguage(staffLanguage);
        AnswerThresholds thresholds = new AnswerThresholds(0.6, 0.3, 0.9);
        featureSettings = new FeatureSettings(
                new EngineSettings(thresholds, false, "keeperbot", Map.of(), "en", 400),
                settings,
                new ModerationSettings(
                        Map.of(), ModerationPolicy.defaults(), Map.of(), new ModeratorRoster(Set.of(), Set.of())));
        BotAssembly first = assembly();
        engine = first.conversation();
        desk = first.tickets();
    }

    /** The ticket desk of a restarted bot: new desks over the same stores. */
    TicketDesk newDesk() {
        return assembly().tickets();
    }

    private BotAssembly assembly() {
        return BotAssembly.builder(
                        featureSettings,
                        stores,
                        knowledgeBase,
                        shield,
                        new StaffRoster(List.of(BOB, CAROL), Set.of("support")))
                .metrics(new FeatureMetrics(BotMetrics.NONE, metrics, ModerationMetrics.NONE, metrics.botAnswers::get))
                .events(events)
                .clock(clock)
                .random(new Random(7))
                .build();
    }

    List<Decision> send(InboundMessage message) {
        return desk.handle(message, engine::handle);
    }

    /** Alice writes to the bot privately. */
    List<Decision> alicePrivately(String text) {
        return send(message(ALICE_DM, ALICE, null, text));
    }

    /** Alice writes in the group, mentioning the bot. */
    List<Decision> aliceInGroup(String text) {
        return send(message(GROUP, ALICE, null, text).withMention());
    }

    /** An agent writes in the ticket's Discord thread. */
    List<Decision> agentInThread(UserRef agent, String text) {
        return send(message(STAFF, agent, THREAD, text));
    }

    List<Decision> press(ChatRef chat, UserRef who, String action) {
        return desk.handle(new ChoiceSelected(chat, who, action, null, clock.instant()), engine::handle);
    }

    InboundMessage message(ChatRef chat, UserRef author, @Nullable String threadId, String text) {
        String id = "m" + messageIds.incrementAndGet();
        return InboundMessage.builder(new MessageRef(chat, id), author, clock.instant())
                .thread(threadId)
                .text(text)
                .command(BotCommand.parse(
                                text,
                                settings.botHandle(chat.platform()).stream().toList())
                        .orElse(null))
                .build();
    }

    /** Alice asks for a person in the group; the adapter then opens the Discord thread. */
    Ticket openTicketFromGroup(String question) {
        aliceInGroup(question);
        aliceInGroup("talk to a person");
        Ticket ticket = tickets.openTicketOf(AccountId.of(ALICE)).orElseThrow();
        desk.spaceOpened(ticket.id(), new StaffSpace(STAFF, THREAD));
        return tickets.find(ticket.id()).orElseThrow();
    }

    Ticket reload(Ticket ticket) {
        return tickets.find(ticket.id()).orElseThrow();
    }

    static <T extends Decision> List<T> only(List<Decision> decisions, Class<T> type) {
        return decisions.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
