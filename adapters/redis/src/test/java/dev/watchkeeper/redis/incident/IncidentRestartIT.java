package dev.watchkeeper.redis.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.assembly.BotAssembly;
import dev.watchkeeper.core.assembly.FeatureSettings;
import dev.watchkeeper.core.assembly.FeatureStores;
import dev.watchkeeper.core.assembly.TestShields;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.incident.model.IncidentStatus;
import dev.watchkeeper.core.incident.model.IncidentStore;
import dev.watchkeeper.core.incident.model.LinkedMember;
import dev.watchkeeper.core.incident.model.TimelineEntry;
import dev.watchkeeper.core.incident.signal.SignalSettings;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.staff.StaffRoster;
import dev.watchkeeper.redis.RedisKeyspace;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.audit.RedisAuditLog;
import dev.watchkeeper.redis.conversation.RedisConversationStore;
import dev.watchkeeper.redis.faq.RedisAnswerFeedback;
import dev.watchkeeper.redis.moderation.RedisMemberActivity;
import dev.watchkeeper.redis.moderation.RedisModerationCaseStore;
import dev.watchkeeper.redis.ticket.RedisTicketSequence;
import dev.watchkeeper.redis.ticket.RedisTicketStore;
import dev.watchkeeper.redis.ticket.RedisTranscriptLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Incident mode on Redis survives restarts and spans instances: an incident opened, updated and
 * linked to a member through one bot is open, with its timeline and its member, for a bot started
 * afresh on a new connection; resolving it there tells the member once, and a third bot finds it
 * resolved. Members asking two instances count together towards one alert.
 */
class IncidentRestartIT {
    private static final ChatRef STAFF_CHAT = new ChatRef(Platform.DISCORD, "staff", ChatType.GROUP);
    private static final ChatRef MODS = new ChatRef(Platform.DISCORD, "mods", ChatType.GROUP);
    private static final UserRef AGENT = new UserRef(Platform.DISCORD, "900", "ops", "Ops Lead", false);
    private static final UserRef MEMBER = UserRef.member(Platform.TELEGRAM, "42");
    private static final ChatRef MEMBER_DM = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);
    private static final IncidentId INC_1 = new IncidentId("INC-1");

    @RegisterExtension
    final RedisKeyspace redis = new RedisKeyspace();

    private final AtomicInteger messageIds = new AtomicInteger();

    @Test
    void anIncidentOpenedBeforeARestartIsResolvedAfterItAndItsMemberToldOnce() {
        Bot first = bot(redis.open());
        reply(first.handle(staff("/incident open Withdrawals are pending")));
        reply(first.handle(staff("/incident topic INC-1 withdrawal-pending")));
        List<Decision> answered = first.handle(member("why is my withdrawal pending"));
        reply(first.handle(staff("/incident update INC-1 identified A node fell behind, we are catching up")));

        assertThat(answered.getFirst()).isInstanceOf(Reply.class);
        assertThat(((Reply) answered.getFirst()).text()).contains("Known issue");
        assertThat(answered).hasAtLeastOneElementOfType(Answer.class);

        RedisStores restarted = redis.open();
        IncidentStore incidents = new RedisIncidentStore(restarted);
        Bot second = bot(restarted);

        assertThat(incidents.open()).singleElement().satisfies(incident -> {
            assertThat(incident.id()).isEqualTo(INC_1);
            assertThat(incident.status()).isEqualTo(IncidentStatus.IDENTIFIED);
            assertThat(incident.topics()).contains("withdrawal-pending");
        });
        assertThat(incidents.timeline(INC_1))
                .extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.OPENED, TimelineEntry.Kind.UPDATED);
        assertThat(incidents.linked(INC_1))
                .extracting(LinkedMember::member, LinkedMember::privateChat)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MEMBER, MEMBER_DM));
        assertThat(incidents.statusAnswers(INC_1)).isEqualTo(1);
        assertThat(reply(second.handle(staff("/incident show INC-1"))))
                .contains("Withdrawals are pending", "A node fell behind");

        List<Decision> resolved = second.handle(staff("/incident resolve INC-1 Withdrawals are flowing again"));

        assertThat(resolved)
                .filteredOn(SendPrivate.class::isInstance)
                .singleElement()
                .satisfies(d -> {
                    SendPrivate told = (SendPrivate) d;
                    assertThat(told.recipient()).isEqualTo(MEMBER);
                    assertThat(told.to().chat()).isEqualTo(MEMBER_DM);
                    assertThat(told.text()).contains("Withdrawals are flowing again");
                });
        assertThat(reply(resolved)).contains("INC-1 resolved: 1 members told");

        Bot third = bot(redis.open());
        List<Decision> again = third.handle(staff("/incident resolve INC-1 Really fixed now"));

        assertThat(again).noneMatch(SendPrivate.class::isInstance);
        assertThat(reply(again)).isEqualTo("Incident INC-1 is already resolved.");
        assertThat(new RedisIncidentStore(redis.open()).open()).isEmpty();
    }

    @Test
    void membersAskingTwoInstancesMakeOneAlertWhoseButtonOpensTheIncidentOnTheOther() {
        List<Bot> instances = List.of(bot(redis.open()), bot(redis.open()));
        List<Reply> alerts = new ArrayList<>();

        for (int i = 1; i <= 14; i++) {
            UserRef member = UserRef.member(Platform.TELEGRAM, "m" + i);
            ChatRef dm = new ChatRef(Platform.TELEGRAM, "m" + i, ChatType.PRIVATE);
            List<Decision> decisions = instances
                    .get(i % 2)
                    .handle(InboundMessage.text(
                            String.valueOf(messageIds.incrementAndGet()),
                            dm,
                            member,
                            "why is my withdrawal pending",
                            Instant.now()));
            decisions.stream()
                    .filter(d -> d instanceof Reply r && r.to().chat().equals(STAFF_CHAT))
                    .map(Reply.class::cast)
                    .forEach(alerts::add);
        }

        assertThat(alerts).singleElement().satisfies(alert -> assertThat(alert.text())
                .contains("10 members"));
        String open = alerts.getFirst().options().getFirst().action();
        Bot other = instances.get(1);
        assertThat(reply(other.handle(new ChoiceSelected(STAFF_CHAT, AGENT, open, null, Instant.now(), Set.of()))))
                .startsWith("Incident INC-1 opened");
        assertThat(new RedisIncidentStore(redis.open()).open()).singleElement().satisfies(incident -> {
            assertThat(incident.topics()).contains("withdrawal-pending");
            assertThat(incident.times().alertedAt()).isNotNull();
        });
    }

    /** A whole bot on the Redis stores of one connection, as an instance of the application builds it. */
    private static Bot bot(RedisStores redis) {
        Clock clock = Clock.systemUTC();
        Map<Platform, String> handles = Map.of(Platform.DISCORD, "watchkeeper");
        FeatureSettings settings = new FeatureSettings(
                new EngineSettings(new AnswerThresholds(0.6, 0.3, 0.9), false, null, handles, "en", 1000),
                TicketSettings.defaults(STAFF_CHAT, handles),
                new ModerationSettings(
                        Map.of(Platform.DISCORD, MODS),
                        ModerationPolicy.defaults(),
                        Map.of(),
                        new ModeratorRoster(Set.of(), Set.of("moderator")),
                        "en"));
        FeatureStores stores = new FeatureStores(
                new RedisConversationStore(redis, Duration.ofHours(1), clock),
                new RedisAnswerFeedback(redis),
                new RedisTicketStore(redis),
                new RedisTicketSequence(redis, 1000),
                new RedisTranscriptLog(redis, 50),
                new RedisAuditLog(redis),
                new RedisModerationCaseStore(redis),
                new RedisMemberActivity(redis, 3, 1000, 1000, clock));
        return BotAssembly.builder(
                        settings,
                        stores,
                        BotFixture.oneEntryKnowledgeBase(),
                        TestShields.coreOnly(),
                        new StaffRoster(List.of(AGENT), Set.of()))
                // a fresh Redis would first learn normal rates; these bots alert at once
                .incidents(new dev.watchkeeper.core.incident.IncidentSettings(
                        true, "INC", SignalSettings.defaults().learningFor(Duration.ZERO), 0.5, List.of(), true, true))
                .incidentStores(
                        new RedisIncidentStore(redis),
                        new RedisSignalStore(redis, SignalSettings.defaults().retention()))
                .clock(clock)
                .build()
                .bot();
    }

    private InboundMessage staff(String text) {
        return InboundMessage.text(
                String.valueOf(messageIds.incrementAndGet()), STAFF_CHAT, AGENT, text, Instant.now());
    }

    private InboundMessage member(String text) {
        return InboundMessage.text(
                String.valueOf(messageIds.incrementAndGet()), MEMBER_DM, MEMBER, text, Instant.now());
    }

    /** The text of the first reply among the decisions. */
    private static String reply(List<Decision> decisions) {
        return decisions.stream()
                .filter(Reply.class::isInstance)
                .map(d -> ((Reply) d).text())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reply in " + decisions));
    }
}
