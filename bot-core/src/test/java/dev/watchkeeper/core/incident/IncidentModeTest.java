package dev.watchkeeper.core.incident;

import static dev.watchkeeper.core.incident.IncidentFixture.AGENT;
import static dev.watchkeeper.core.incident.IncidentFixture.COMMUNITY;
import static dev.watchkeeper.core.incident.IncidentFixture.STAFF;
import static dev.watchkeeper.core.incident.IncidentFixture.alerts;
import static dev.watchkeeper.core.incident.IncidentFixture.member;
import static dev.watchkeeper.core.incident.IncidentFixture.openAction;
import static dev.watchkeeper.core.incident.IncidentFixture.toStaff;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.EditAnnouncement;
import dev.watchkeeper.core.decision.OpenTicketSpace;
import dev.watchkeeper.core.decision.PostAnnouncement;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.incident.model.Incident;
import dev.watchkeeper.core.incident.model.IncidentStatus;
import dev.watchkeeper.core.incident.model.TimelineEntry;
import dev.watchkeeper.core.model.AnnouncementPosted;
import dev.watchkeeper.core.model.IncidentId;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.UserRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentModeTest {
    private final IncidentFixture f = new IncidentFixture();

    @Test
    void aSpikeOfMembersAskingOneThingAlertsTheStaffChatOnceWithCountsExamplesAndAButton() {
        List<Decision> all = new ArrayList<>();
        List<Integer> alertedAt = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            List<Decision> decisions = f.inPrivate(member(n), "why is my withdrawal pending? order " + n);
            if (!alerts(decisions).isEmpty()) {
                alertedAt.add(n);
            }
            all.addAll(decisions);
            f.clock.advance(Duration.ofSeconds(30));
        }

        assertThat(alertedAt).containsExactly(5);
        Reply alert = alerts(all).getFirst();
        assertThat(alert.text())
                .contains("My withdrawal is pending")
                .contains("5 members")
                .contains("telegram 5")
                .contains("en 5")
                .contains("> why is my withdrawal pending");
        assertThat(alert.to().chat()).isEqualTo(STAFF);
    }

    @Test
    void aTopicThatIsAlwaysBusyDoesNotAlertAtItsUsualRate() {
        // a busy topic: 8 members every 10 minutes; its first hour builds the baseline (a fresh
        // store knows no normal rate, so its first crowd may alert)
        int n = 0;
        for (int window = 0; window < 7; window++) {
            n = busyWindow(n, 8, Duration.ofSeconds(75));
        }
        List<Decision> all = new ArrayList<>();
        for (int window = 0; window < 36; window++) {
            n = busyWindow(n, 8, Duration.ofSeconds(75));
            all.addAll(lastDecisions);
        }
        // an evening twice as busy is still its usual business
        n = busyWindow(n, 16, Duration.ofSeconds(37));
        all.addAll(lastDecisions);

        assertThat(alerts(all)).isEmpty();
    }

    private final List<Decision> lastDecisions = new ArrayList<>();

    /** Members n, n+1… ask about pending withdrawals, {@code gap} apart; returns the next member number. */
    private int busyWindow(int n, int members, Duration gap) {
        lastDecisions.clear();
        for (int i = 0; i < members; i++) {
            lastDecisions.addAll(f.inPrivate(member(n++), "why is my withdrawal pending"));
            f.clock.advance(gap);
        }
        return n;
    }

    @Test
    void smallTalkTheSameMemberRepeatingAndStaffChatterNeverMakeASpike() {
        List<Decision> all = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            all.addAll(f.inPrivate(member(n), "gm"));
            all.addAll(f.inPrivate(member(n), "thanks!"));
            all.addAll(f.inPrivate(member(1), "why is my withdrawal pending"));
            all.addAll(f.inStaffChat(AGENT, "withdrawals pending again, anyone looking?"));
        }

        assertThat(alerts(all)).isEmpty();
    }

    @Test
    void messagesNoEntryMatchesCountTogetherWhenTheySayTheSameThing() {
        String[] reports = {
            "app crashes when I open the wallet screen after update",
            "the app crashes every time I open wallet screen since the update",
            "after update app crashes opening wallet screen",
            "wallet screen crashes the app after the update",
            "app crashes on wallet screen after todays update!!",
        };
        List<Decision> all = new ArrayList<>();
        for (int n = 0; n < reports.length; n++) {
            all.addAll(f.inPrivate(member(n), reports[n]));
        }

        assertThat(alerts(all)).hasSize(1);
        assertThat(alerts(all).getFirst().text()).contains("Members report");
    }

    @Test
    void theAlertsButtonOpensAnIncidentThatIsAnnouncedAndAnsweredFirstInTheMembersLanguage() {
        Reply alert = spike();
        List<Decision> opened = f.press(AGENT, STAFF, openAction(alert));

        assertThat(toStaff(opened))
                .singleElement()
                .satisfies(r -> assertThat(r.text()).contains("INC-1").contains("withdrawal-pending"));
        PostAnnouncement post = opened.stream()
                .filter(PostAnnouncement.class::isInstance)
                .map(PostAnnouncement.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(post.to().chat()).isEqualTo(COMMUNITY);
        assertThat(post.pin()).isTrue();

        f.inStaffChat(AGENT, "/incident update identified Withdrawals are delayed by a node upgrade.");
        f.inStaffChat(AGENT, "/incident translate ru Выводы задерживаются из-за обновления ноды.");

        List<Decision> english = f.inPrivate(member(40), "why is my withdrawal pending");
        assertThat(english.getFirst()).isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .contains("identified")
                .contains("Withdrawals are delayed by a node upgrade."));
        assertThat(english.get(1)).isInstanceOf(Answer.class);

        List<Decision> russian = f.inPrivate(member(41), "почему мой вывод в обработке", "ru");
        assertThat(russian.getFirst()).isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .contains("Выводы задерживаются из-за обновления ноды."));

        Incident incident = f.incidents.find(new IncidentId("INC-1")).orElseThrow();
        assertThat(incident.times().firstSignalAt()).isNotNull();
        assertThat(f.incidents.statusAnswers(incident.id())).isEqualTo(2);
        assertThat(f.incidents.timeline(incident.id()))
                .extracting(TimelineEntry::kind)
                .containsSubsequence(
                        TimelineEntry.Kind.ALERTED,
                        TimelineEntry.Kind.OPENED,
                        TimelineEntry.Kind.UPDATED,
                        TimelineEntry.Kind.TRANSLATED);
    }

    @Test
    void aMemberInALanguageStaffGaveNoMessageForIsToldTheUpdateIsShownAsWritten() {
        f.inStaffChat(AGENT, "/incident open Withdrawal stuck pending");

        List<Decision> russian = f.inPrivate(member(3), "почему мой вывод в обработке", "ru");

        assertThat(russian.getFirst()).isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .contains("⚠️ **Известная проблема** (расследование): Withdrawal stuck pending")
                .contains("(Последнее обновление от нашей команды пока недоступно на вашем языке"));
    }

    @Test
    void unrelatedQuestionsStillGetTheirUsualAnswerDuringAnIncident() {
        f.inStaffChat(AGENT, "/incident open Withdrawal stuck pending");

        List<Decision> decisions = f.inPrivate(member(5), "my deposit has not arrived");

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Answer.class, a -> assertThat(a.entryId())
                .isEqualTo("deposit-not-credited"));
    }

    @Test
    void aLinkedMembersNewTicketIsHeldWithTheIncidentAndClosedWithItsResolutionOnce() {
        f.inStaffChat(AGENT, "/incident open Withdrawal stuck pending");
        UserRef member = member(7);
        f.inPrivate(member, "why is my withdrawal pending");

        List<Decision> human = f.inPrivate(member, "/human");

        assertThat(human).noneMatch(OpenTicketSpace.class::isInstance);
        assertThat(human).anySatisfy(d -> assertThat(d)
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).contains("known issue")));
        assertThat(toStaff(human)).singleElement().satisfies(r -> assertThat(r.text())
                .contains("held with incident INC-1"));
        assertThat(f.assembly.slaMonitor().check(f.clock.instant().plus(Duration.ofDays(2))))
                .isEmpty();

        List<Decision> resolved = f.inStaffChat(AGENT, "/incident resolve All withdrawals are processed.");

        List<SendPrivate> notices = resolved.stream()
                .filter(SendPrivate.class::isInstance)
                .map(SendPrivate.class::cast)
                .toList();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(member);
            assertThat(n.text()).contains("All withdrawals are processed.").contains("is closed with it");
        });
        assertThat(toStaff(resolved).getFirst().text()).contains("1 members told, 1 held tickets closed");
        assertThat(f.assembly.tickets().claimed(n(notices))).isFalse();

        List<Decision> again = f.inStaffChat(AGENT, "/incident resolve INC-1 done");
        assertThat(again).noneMatch(SendPrivate.class::isInstance);
        assertThat(toStaff(again).getFirst().text()).contains("already resolved");
    }

    @Test
    void anUrgentTicketIsNeverHeldEvenForALinkedMember() {
        f.inStaffChat(AGENT, "/incident open Withdrawal stuck pending");
        UserRef member = member(8);
        f.inPrivate(member, "why is my withdrawal pending");

        List<Decision> hacked = f.inPrivate(member, "I was hacked, someone drained my wallet and stole all my funds");

        assertThat(hacked).anyMatch(OpenTicketSpace.class::isInstance);
    }

    @Test
    void announcementsAreEditedInPlaceAndUnpinnedAtResolution() {
        List<Decision> opened = f.inStaffChat(AGENT, "/incident open Withdrawal stuck pending");
        PostAnnouncement post = opened.stream()
                .filter(PostAnnouncement.class::isInstance)
                .map(PostAnnouncement.class::cast)
                .findFirst()
                .orElseThrow();
        MessageRef posted = new MessageRef(COMMUNITY, "555");
        f.bot.handle(new AnnouncementPosted(COMMUNITY, posted, post.incident(), AGENT, f.clock.instant()));

        List<Decision> update = f.inStaffChat(AGENT, "/incident update monitoring Fix deployed, queue draining.");
        List<Decision> resolve = f.inStaffChat(AGENT, "/incident resolve Done.");

        assertThat(update)
                .filteredOn(EditAnnouncement.class::isInstance)
                .singleElement()
                .satisfies(d -> {
                    EditAnnouncement edit = (EditAnnouncement) d;
                    assertThat(edit.message()).isEqualTo(posted);
                    assertThat(edit.text())
                            .contains("Fix deployed, queue draining.")
                            .contains("monitoring");
                    assertThat(edit.pinned()).isTrue();
                });
        assertThat(resolve)
                .filteredOn(EditAnnouncement.class::isInstance)
                .singleElement()
                .satisfies(d -> {
                    EditAnnouncement edit = (EditAnnouncement) d;
                    assertThat(edit.text()).contains("resolved");
                    assertThat(edit.pinned()).isFalse();
                });
        assertThat(f.incidents.find(post.incident()).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
    }

    @Test
    void onlyStaffRunIncidentsAndBadInputGetsAOneLineAnswer() {
        UserRef stranger = member(9);
        assertThat(f.inStaffChat(stranger, "/incident open Fake").getFirst())
                .isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text()).contains("support staff only"));
        assertThat(f.incidents.open()).isEmpty();

        assertThat(text(f.inStaffChat(AGENT, "/incident update identified x"))).contains("No incident is open");
        f.inStaffChat(AGENT, "/incident open Withdrawal stuck pending");
        assertThat(text(f.inStaffChat(AGENT, "/incident update fixed it"))).contains("Not a status: fixed");
        assertThat(text(f.inStaffChat(AGENT, "/incident translate xx hi"))).contains("Not a language");
        assertThat(text(f.inStaffChat(AGENT, "/incident link javascript:alert(1)")))
                .contains("Not a web link");
        assertThat(text(f.inStaffChat(AGENT, "/incident link https://status.example.com")))
                .contains("status page");
        assertThat(text(f.inStaffChat(AGENT, "/incident topic no-such-entry"))).contains("No knowledge-base entry");
        assertThat(text(f.inStaffChat(AGENT, "/incident open Login broken"))).contains("INC-2");
        assertThat(text(f.inStaffChat(AGENT, "/incident update identified x"))).contains("Several incidents are open");
        assertThat(text(f.inStaffChat(AGENT, "/incident list")))
                .contains("INC-1")
                .contains("INC-2");
        assertThat(text(f.inStaffChat(AGENT, "/incident show INC-1"))).contains("opened");
        assertThat(text(f.inStaffChat(AGENT, "/incident"))).contains("/incident open <title>");
    }

    @Test
    void statsCarryTheIncidentFigures() {
        Reply alert = spike();
        f.clock.advance(Duration.ofMinutes(3));
        f.press(AGENT, STAFF, openAction(alert));
        f.clock.advance(Duration.ofMinutes(40));
        f.inStaffChat(AGENT, "/incident resolve Fixed.");

        List<Decision> stats = f.inStaffChat(AGENT, "/stats");

        assertThat(toStaff(stats)).anySatisfy(r -> assertThat(r.text())
                .contains("INC-1 (resolved)")
                .contains("→ incident 4m")
                .contains("→ resolved 4"));
    }

    /** Five members ask about pending withdrawals within two minutes; the alert they raise. */
    private Reply spike() {
        List<Decision> all = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            all.addAll(f.inPrivate(member(n), "why is my withdrawal pending"));
            f.clock.advance(Duration.ofSeconds(20));
        }
        return alerts(all).getFirst();
    }

    private static dev.watchkeeper.core.model.TicketId n(List<SendPrivate> notices) {
        return notices.getFirst().ticketId();
    }

    private static String text(List<Decision> decisions) {
        return ((Reply) decisions.getFirst()).text();
    }
}
