package dev.watchkeeper.core.incident;

import dev.watchkeeper.core.assembly.BotAssembly;
import dev.watchkeeper.core.assembly.FeatureSettings;
import dev.watchkeeper.core.assembly.FeatureStores;
import dev.watchkeeper.core.assembly.TestShields;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.faq.InMemoryKnowledgeBase;
import dev.watchkeeper.core.faq.KnowledgeEntry;
import dev.watchkeeper.core.incident.model.InMemoryIncidentStore;
import dev.watchkeeper.core.incident.signal.InMemorySignalStore;
import dev.watchkeeper.core.incident.signal.SignalSettings;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.ticket.MutableClock;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.staff.StaffRoster;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A whole bot with incident mode on, over in-memory stores and a small knowledge base (pending
 * withdrawals in English and Russian and failed ones, both of subject {@code withdrawal}; deposits;
 * 2FA), a spike being 5 members within 10 minutes and
 * 5 times the topic's normal rate, and a community group where incidents are announced.
 */
final class IncidentFixture {
    static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-100900", ChatType.GROUP);
    static final ChatRef MODERATORS = new ChatRef(Platform.TELEGRAM, "-100901", ChatType.GROUP);
    static final ChatRef COMMUNITY = new ChatRef(Platform.TELEGRAM, "-100500", ChatType.GROUP);
    static final UserRef AGENT = new UserRef(Platform.TELEGRAM, "7001", "ana_support", "Ana", false);
    static final UserRef MODERATOR = new UserRef(Platform.TELEGRAM, "7002", "mod", "Mo", false);

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"));
    final InMemoryIncidentStore incidents = new InMemoryIncidentStore();
    final BotAssembly assembly;
    final Bot bot;
    private final AtomicInteger messageIds = new AtomicInteger();

    IncidentFixture() {
        this(new SignalSettings(Duration.ofMinutes(10), Duration.ofHours(6), 5.0, 5, 1.0, Duration.ofHours(1), 3));
    }

    IncidentFixture(SignalSettings signals) {
        this(signals, store -> store);
    }

    /** As above, the bot reaching the incident store through {@code wrap} (an outage, say). */
    IncidentFixture(
            SignalSettings signals,
            java.util.function.UnaryOperator<dev.watchkeeper.core.incident.model.IncidentStore> wrap) {
        InMemoryKnowledgeBase kb = new InMemoryKnowledgeBase(
                tagged(
                        "withdrawal-pending",
                        "My withdrawal is pending",
                        "Withdrawals are reviewed within a day.",
                        List.of("withdrawal"),
                        "why is my withdrawal pending",
                        "withdrawal stuck pending"),
                new KnowledgeEntry(
                        "withdrawal-pending",
                        "Вывод в обработке",
                        "ru",
                        List.of("почему мой вывод в обработке", "вывод завис"),
                        List.of("withdrawal"),
                        List.of(),
                        List.of(),
                        "Выводы проверяются в течение суток."),
                tagged(
                        "withdrawal-failed",
                        "My withdrawal failed",
                        "A failed withdrawal is returned to your balance.",
                        List.of("withdrawal"),
                        "my withdrawal failed",
                        "withdrawal rejected with an error"),
                tagged(
                        "deposit-not-credited",
                        "My deposit has not arrived",
                        "Deposits need network confirmations.",
                        List.of("deposit"),
                        "my deposit has not arrived",
                        "deposit missing"),
                tagged(
                        "2fa-reset",
                        "Reset 2FA",
                        "Use the reset form.",
                        List.of("security"),
                        "how do I reset 2fa",
                        "lost my 2fa phone"));
        Map<Platform, String> handles = Map.of(Platform.TELEGRAM, "watchkeeper");
        FeatureSettings settings = new FeatureSettings(
                new EngineSettings(new AnswerThresholds(0.6, 0.3, 0.9), false, null, handles, "en", 1000),
                TicketSettings.defaults(STAFF, handles),
                new ModerationSettings(
                        Map.of(Platform.TELEGRAM, MODERATORS),
                        ModerationPolicy.defaults(),
                        Map.of(),
                        new ModeratorRoster(Set.of(ModeratorRoster.key(MODERATOR)), Set.of()),
                        "en"));
        IncidentSettings incidentSettings =
                new IncidentSettings(true, "INC", signals, 0.5, List.of(COMMUNITY), true, true);
        assembly = BotAssembly.builder(
                        settings,
                        FeatureStores.inMemory(clock),
                        kb,
                        TestShields.coreOnly(),
                        new StaffRoster(List.of(AGENT), Set.of()))
                .clock(clock)
                .incidents(incidentSettings)
                .incidentStores(wrap.apply(incidents), InMemorySignalStore.forSettings(signals))
                .random(new java.util.Random(3))
                .build();
        bot = assembly.bot();
    }

    private static KnowledgeEntry tagged(
            String id, String title, String answer, List<String> tags, String... questions) {
        return new KnowledgeEntry(id, title, "en", List.of(questions), tags, List.of(), List.of(), answer);
    }

    static UserRef member(int n) {
        return new UserRef(Platform.TELEGRAM, String.valueOf(100 + n), "member" + n, "Member " + n, false);
    }

    static ChatRef privateChatOf(UserRef member) {
        return new ChatRef(Platform.TELEGRAM, member.id(), ChatType.PRIVATE);
    }

    /** A member's message in their private chat with the bot. */
    List<Decision> inPrivate(UserRef member, String text) {
        return send(privateChatOf(member), member, text, null);
    }

    /** A member's message in private, written in {@code language} as the platform reports it. */
    List<Decision> inPrivate(UserRef member, String text, String language) {
        return send(privateChatOf(member), member, text, language);
    }

    /** A message in the community group, not addressed to the bot. */
    List<Decision> inGroup(UserRef member, String text) {
        return send(COMMUNITY, member, text, null);
    }

    /** A message in the staff chat. */
    List<Decision> inStaffChat(UserRef author, String text) {
        return send(STAFF, author, text, null);
    }

    List<Decision> send(ChatRef chat, UserRef author, String text, String language) {
        InboundMessage message =
                InboundMessage.text(String.valueOf(messageIds.incrementAndGet()), chat, author, text, clock.instant())
                        .toBuilder()
                        .languageHint(language)
                        .build();
        return bot.handle(message);
    }

    List<Decision> press(UserRef author, ChatRef chat, String action) {
        return bot.handle(new ChoiceSelected(
                chat,
                author,
                action,
                new MessageRef(chat, String.valueOf(messageIds.incrementAndGet())),
                clock.instant()));
    }

    /** The replies among decisions that went to the staff chat. */
    static List<Reply> toStaff(List<Decision> decisions) {
        return decisions.stream()
                .filter(d -> d instanceof Reply r && r.to().chat().equals(STAFF))
                .map(Reply.class::cast)
                .toList();
    }

    /** The spike alerts among decisions: replies to the staff chat with an "Open incident" button. */
    static List<Reply> alerts(List<Decision> decisions) {
        return toStaff(decisions).stream()
                .filter(r -> r.options().stream().anyMatch(c -> c.action().startsWith("incident:open:")))
                .toList();
    }

    static String openAction(Reply alert) {
        return alert.options().stream()
                .map(Choice::action)
                .filter(a -> a.startsWith("incident:open:"))
                .findFirst()
                .orElseThrow();
    }
}
