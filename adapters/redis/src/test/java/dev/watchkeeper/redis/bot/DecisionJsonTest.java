package dev.watchkeeper.redis.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.CloseTicketSpace;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.DeleteMessage;
import dev.watchkeeper.core.decision.EditAnnouncement;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.decision.FlagForReview;
import dev.watchkeeper.core.decision.HandOver;
import dev.watchkeeper.core.decision.Mentions;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.decision.PostToTicketSpace;
import dev.watchkeeper.core.decision.PrivateNotice;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.ReplyTarget;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.decision.StaffAlert;
import dev.watchkeeper.core.decision.Suggest;
import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ConversationKey;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.redis.JsonCodec;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecisionJsonTest {
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100123", ChatType.GROUP);
    private static final ChatRef DM = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);
    private static final ChatRef STAFF = new ChatRef(Platform.DISCORD, "9001", ChatType.GROUP);
    private static final MessageRef QUOTED = new MessageRef(GROUP, "777");
    private static final ReplyTarget IN_THREAD = new ReplyTarget(GROUP, "55", QUOTED);
    private static final ReplyTarget IN_STAFF = ReplyTarget.chat(STAFF);
    private static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "42", "alice", "Alice Ünal", false);
    private static final TicketId TICKET = new TicketId("WK-1042");
    private static final IncidentId INCIDENT = new IncidentId("INC-7");
    private static final List<Choice> CHOICES =
            List.of(new Choice("Talk to a person", "human"), new Choice("Yes", "helpful:fees"));

    private final DecisionJson json = new DecisionJson(new JsonCodec());

    /** One of every decision type, with every optional field set where there is one. */
    static List<Decision> everyDecision() {
        return List.of(
                new Answer(IN_THREAD, "fees", "Fees", "Withdrawals cost 0.1%.", 0.87, CHOICES, List.of()),
                new Suggest(IN_THREAD, "Did you mean:", CHOICES),
                new Fallback(ReplyTarget.chat(DM), "I am not sure.", CHOICES),
                new Reply(IN_THREAD, "Done.", List.of()),
                new HandOver(
                        ReplyTarget.chat(DM),
                        new ConversationKey(DM, "42"),
                        HandOver.Reason.SECURITY_INCIDENT,
                        "A person will take over."),
                new OpenTicketSpace(IN_STAFF, TICKET, "Deposit missing", "**card**", CHOICES),
                new PostToTicketSpace(new ReplyTarget(STAFF, "thread-1", null), TICKET, "member: hello", List.of()),
                new CloseTicketSpace(new ReplyTarget(STAFF, "thread-1", null), TICKET, "resolved"),
                new SendPrivate(
                        ReplyTarget.chat(DM),
                        MEMBER,
                        TICKET,
                        "An agent answered:\n> hi",
                        CHOICES,
                        Reply.naming(
                                ReplyTarget.chat(GROUP),
                                Mentions.placeholder(0) + ", please open a private chat.",
                                List.of(MEMBER))),
                new PrivateNotice(IN_STAFF, MEMBER, "Only support agents can do that."),
                new StaffAlert(IN_STAFF, null, "SLA breached"),
                new DeleteMessage(IN_THREAD, QUOTED, "seed phrase request"),
                new RestrictMember(IN_THREAD, MEMBER, RestrictMember.Kind.MUTE, Duration.ofMinutes(90), "flood"),
                new FlagForReview(IN_STAFF, new CaseId("MC-7"), "case card", CHOICES),
                new PostAnnouncement(ReplyTarget.chat(GROUP), INCIDENT, "📢 **Withdrawals delayed**", true),
                new EditAnnouncement(
                        ReplyTarget.chat(GROUP), INCIDENT, new MessageRef(GROUP, "5001"), "✅ **Resolved**", false));
    }

    static Stream<Decision> decisions() {
        return everyDecision().stream();
    }

    @Test
    void theSamplesCoverEveryDecisionType() {
        assertThat(everyDecision().stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(Decision.class.getPermittedSubclasses()));
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void readsBackEveryDecisionItWrites(Decision decision) {
        String written = json.write(decision);

        assertThat(written)
                .startsWith("{\"v\":1,\"type\":\"" + decision.getClass().getSimpleName() + "\",");
        assertThat(json.read(written)).isEqualTo(decision);
    }

    @Test
    void readsBackAListInOrder() {
        List<Decision> decisions = everyDecision();

        assertThat(json.readAll(json.writeAll(decisions))).containsExactlyElementsOf(decisions);
    }

    @Test
    void writesDurationsAsIsoTextAndLeavesNullsOut() {
        assertThat(json.write(new RestrictMember(IN_THREAD, MEMBER, RestrictMember.Kind.BAN, null, "scam")))
                .doesNotContain("duration")
                .contains("\"kind\":\"BAN\"");
        assertThat(json.write(
                        new RestrictMember(IN_THREAD, MEMBER, RestrictMember.Kind.MUTE, Duration.ofMinutes(90), "x")))
                .contains("\"duration\":\"PT1H30M\"");
    }

    @Test
    void writesIdsAsTheyAreShown() {
        assertThat(json.write(new CloseTicketSpace(IN_STAFF, TICKET, "resolved")))
                .contains("\"ticketId\":\"WK-1042\"");
        assertThat(json.write(new FlagForReview(IN_STAFF, new CaseId("MC-7"), "card", List.of())))
                .contains("\"caseId\":\"MC-7\"");
        assertThat(json.write(new PostAnnouncement(IN_STAFF, INCIDENT, "text", true)))
                .contains("\"incident\":\"INC-7\"");
    }

    @Test
    void readsIdsWrittenAsText() {
        String json = "{\"v\":1,\"type\":\"StaffAlert\",\"to\":{\"chat\":{\"platform\":\"DISCORD\",\"id\":\"9001\","
                + "\"type\":\"GROUP\"}},\"ticketId\":\"WK-1042\",\"text\":\"SLA breached\"}";

        assertThat(this.json.read(json)).isEqualTo(new StaffAlert(IN_STAFF, TICKET, "SLA breached"));
    }

    @Test
    void readsAReplyWrittenBeforeRepliesNamedMembersAsNamingNoOne() {
        String json = "{\"v\":1,\"type\":\"Reply\",\"to\":{\"chat\":{\"platform\":\"DISCORD\",\"id\":\"9001\","
                + "\"type\":\"GROUP\"}},\"text\":\"Done.\",\"options\":[]}";

        assertThat(this.json.read(json)).isEqualTo(Reply.of(IN_STAFF, "Done."));
    }

    @Test
    void ignoresFieldsAddedByANewerBuildOfTheSameVersion() {
        String json = "{\"v\":1,\"type\":\"StaffAlert\",\"to\":{\"chat\":{\"platform\":\"DISCORD\",\"id\":\"9001\","
                + "\"type\":\"GROUP\"}},\"text\":\"SLA breached\",\"priority\":\"high\"}";

        assertThat(this.json.read(json)).isEqualTo(new StaffAlert(IN_STAFF, null, "SLA breached"));
    }

    @Test
    void refusesADecisionOfANewerFormat() {
        String newer = json.write(new StaffAlert(IN_STAFF, null, "x")).replace("\"v\":1", "\"v\":2");

        assertThatThrownBy(() -> json.read(newer)).hasMessageContaining("format version 2");
    }
}
