package dev.watchkeeper.core.incident;

import static dev.watchkeeper.core.incident.IncidentFixture.AGENT;
import static dev.watchkeeper.core.incident.IncidentFixture.STAFF;
import static dev.watchkeeper.core.incident.IncidentFixture.alerts;
import static dev.watchkeeper.core.incident.IncidentFixture.member;
import static dev.watchkeeper.core.incident.IncidentFixture.openAction;
import static dev.watchkeeper.core.incident.IncidentFixture.toStaff;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.model.IncidentId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An incident learns how members word it, and questions worded alike get its status. */
class IncidentPhrasingTest {
    private static final IncidentId FIRST = new IncidentId("INC-1");

    private final IncidentFixture f = new IncidentFixture();

    /** Members of one incident, asking in words two entries of one subject answer. */
    private static final String[] SPIKE = {
        "why is my withdrawal pending, node maintenance over??",
        "withdrawal stuck pending 3 hours after the maintenance",
        "my withdrawal failed after the wallet maintenance?",
        "withdrawal rejected with an error since maintenance",
        "why is my withdrawal pending so long today",
    };

    @Test
    void membersSpreadOverTwoEntriesOfOneSubjectAlertOnce() {
        List<Integer> alertedAt = new ArrayList<>();
        List<Decision> all = new ArrayList<>();
        for (int n = 0; n < 15; n++) {
            List<Decision> decisions = f.inPrivate(member(n), SPIKE[n % SPIKE.length]);
            if (!alerts(decisions).isEmpty()) {
                alertedAt.add(n + 1);
            }
            all.addAll(decisions);
            f.clock.advance(Duration.ofSeconds(20));
        }

        // pending withdrawals reach five members with the seventh message, failed ones with the
        // thirteenth: the same subject, no second alert
        assertThat(alertedAt).containsExactly(7);
        assertThat(alerts(all).getFirst().text()).contains("My withdrawal is pending");
    }

    @Test
    void anIncidentOpenedFromAnAlertKeepsTheSpikesMessagesAsItsPhrasings() {
        f.press(AGENT, STAFF, openAction(spike()));

        Incident incident = f.incidents.find(FIRST).orElseThrow();
        // pending withdrawals alerted; the failed ones of the same subject are kept too
        assertThat(incident.phrasings()).contains(SPIKE[0], SPIKE[1], SPIKE[2], SPIKE[3]);
    }

    @Test
    void aQuestionWordedLikeTheSpikeGetsTheStatusThoughNoCoveredEntryAnswersIt() {
        f.press(AGENT, STAFF, openAction(spike()));
        f.inStaffChat(AGENT, "/incident update identified The wallet maintenance left withdrawals queued.");

        List<Decision> decisions = f.inPrivate(member(50), "stuck 3 hours after the maintenance!!");

        assertThat(decisions.getFirst()).isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .contains("The wallet maintenance left withdrawals queued."));
        assertThat(f.incidents.statusAnswers(FIRST)).isEqualTo(1);
    }

    @Test
    void anUnrelatedQuestionDuringTheIncidentGetsItsUsualAnswerAndNoStatus() {
        f.press(AGENT, STAFF, openAction(spike()));

        List<Decision> twoFactor = f.inPrivate(member(51), "how do I reset 2fa");
        List<Decision> deposit = f.inPrivate(member(52), "my deposit has not arrived after 3 hours");

        assertThat(twoFactor).singleElement().isInstanceOfSatisfying(Answer.class, a -> assertThat(a.entryId())
                .isEqualTo("2fa-reset"));
        assertThat(deposit).singleElement().isInstanceOfSatisfying(Answer.class, a -> assertThat(a.entryId())
                .isEqualTo("deposit-not-credited"));
        assertThat(f.incidents.statusAnswers(FIRST)).isZero();
    }

    @Test
    void questionsItsOwnTopicBringsWhileOpenTeachTheIncident() {
        f.inStaffChat(AGENT, "/incident open Withdrawal stuck pending");

        f.inPrivate(member(60), "why is my withdrawal pending, exchange says queue full");
        List<Decision> later = f.inPrivate(member(61), "exchange says queue full?");

        assertThat(f.incidents.find(FIRST).orElseThrow().phrasings())
                .containsExactly("why is my withdrawal pending, exchange says queue full");
        assertThat(later.getFirst()).isInstanceOf(Reply.class);
        assertThat(f.incidents.statusAnswers(FIRST)).isEqualTo(2);
    }

    @Test
    void staffAddPhrasingsWithTheIncidentCommand() {
        f.inStaffChat(AGENT, "/incident open Withdrawal stuck pending");

        List<Decision> added = f.inStaffChat(AGENT, "/incident phrase app shows error 5003 on every payout");
        List<Decision> asked = f.inPrivate(member(70), "error 5003 on payout, what is it");

        assertThat(toStaff(added))
                .singleElement()
                .satisfies(r -> assertThat(r.text()).contains("INC-1").contains("1 phrasings"));
        assertThat(asked.getFirst()).isInstanceOf(Reply.class);
        assertThat(f.incidents.statusAnswers(FIRST)).isEqualTo(1);
    }

    @Test
    void aPhrasingCommandWithoutTextGetsAOneLineAnswer() {
        f.inStaffChat(AGENT, "/incident open Withdrawal stuck pending");

        List<Decision> answer = f.inStaffChat(AGENT, "/incident phrase");

        assertThat(toStaff(answer)).singleElement().satisfies(r -> assertThat(r.text())
                .doesNotContain("\n"));
        assertThat(f.incidents.find(FIRST).orElseThrow().phrasings()).isEmpty();
    }

    /** Members write the spike's messages until the staff chat is alerted. */
    private Reply spike() {
        for (int n = 0; n < 15; n++) {
            List<Reply> alerts = alerts(f.inPrivate(member(n), SPIKE[n % SPIKE.length]));
            f.clock.advance(Duration.ofSeconds(20));
            if (!alerts.isEmpty()) {
                return alerts.getFirst();
            }
        }
        throw new AssertionError("no alert after 15 members");
    }
}
