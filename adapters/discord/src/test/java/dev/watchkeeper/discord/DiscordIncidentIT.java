package dev.watchkeeper.discord;

import static dev.watchkeeper.discord.FakeDiscord.GENERAL;
import static dev.watchkeeper.discord.FakeDiscord.MOD_LOG;
import static dev.watchkeeper.discord.FakeDiscord.STAFF_CHANNEL;
import static dev.watchkeeper.discord.FakeDiscord.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.incident.IncidentSettings;
import dev.watchkeeper.core.incident.signal.SignalSettings;
import dev.watchkeeper.core.language.MemberLanguage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.discord.inbound.Place;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Incident mode end to end through real JDA against the fake Discord: members asking the same
 * question raise an alert in the staff channel, a staff member opens an incident from its button,
 * the announcement is posted, pinned and edited in place in the community channel, and every
 * member linked to it hears of its resolution once.
 */
class DiscordIncidentIT {
    private static final Map<String, Object> AGENT = user("503", "alex", false);
    private static final Map<String, Object> ASKING_PRIVATELY = user("604", "kim", false);
    private static final String QUESTION = "why is my withdrawal pending";
    private static final String UPDATE = "/incident update identified Withdrawals are delayed by a node upgrade";
    private static final String RESOLVE = "/incident resolve All withdrawals are processed";
    private static final String IN_GENERAL = "/channels/" + GENERAL + "/messages";
    private static final String IN_STAFF = "/channels/" + STAFF_CHANNEL + "/messages";
    private static final String TO_MEMBER = "/channels/" + FakeDiscord.dmChannelOf("604") + "/messages";

    private FakeDiscord discord;
    private DiscordAdapter adapter;

    @BeforeEach
    void connect() throws Exception {
        discord = new FakeDiscord();
        IncidentSettings incidents = new IncidentSettings(
                true,
                "INC",
                new SignalSettings(Duration.ofMinutes(10), Duration.ofMinutes(60), 2.0, 3, 1.0, Duration.ofHours(1), 3),
                0.5,
                List.of(Place.group(GENERAL)),
                true,
                true);
        BotFixture fixture = new BotFixture(
                BotFixture.oneEntryKnowledgeBase(),
                Place.group(STAFF_CHANNEL),
                Place.group(MOD_LOG),
                new UserRef(Platform.DISCORD, "503", "alex", "Alex", false),
                new UserRef(Platform.DISCORD, "502", "mia", "Mia", false),
                Clock.systemUTC(),
                Set.of("moderator"),
                MemberLanguage.byScript(),
                "en",
                incidents);
        adapter = ConnectedAdapter.start(discord, fixture);
    }

    @AfterEach
    void disconnect() {
        adapter.close();
        discord.close();
    }

    @Test
    void aSpikeBecomesAnIncidentWhoseAnnouncementIsEditedInPlaceAndWhoseMembersHearOfItsResolutionOnce()
            throws Exception {
        for (int member = 601; member <= 603; member++) {
            discord.dispatch(
                    "MESSAGE_CREATE",
                    discord.guildMessage(
                            GENERAL, user(Integer.toString(member), "m" + member, false), List.of(), QUESTION));
        }

        FakeDiscord.Call alert =
                discord.await("POST", IN_STAFF, c -> c.content().contains("Spike"));
        assertThat(alert.content()).contains("3 members");
        String open = customIds(alert).stream()
                .filter(id -> id.startsWith("incident:open:"))
                .findFirst()
                .orElseThrow();
        discord.dispatch("INTERACTION_CREATE", discord.button(STAFF_CHANNEL, 0, AGENT, List.of(), open));

        FakeDiscord.Call announcement =
                discord.await("POST", IN_GENERAL, c -> c.content().contains("📢"));
        assertThat(announcement.content()).contains("investigating");
        assertThat(announcement.body().path("allowed_mentions").path("parse")).isEmpty();
        String announced = pinnedIn(GENERAL);
        assertThat(discord.isPinned(announced)).isTrue();
        discord.await("POST", IN_STAFF, c -> c.content().contains("INC-1 opened"));

        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(STAFF_CHANNEL, AGENT, List.of(), UPDATE));
        discord.await("PATCH", IN_GENERAL + "/" + announced, c -> c.content().contains("node upgrade"));
        assertThat(discord.contentOf(announced))
                .hasValueSatisfying(text -> assertThat(text).contains("identified", "Withdrawals are delayed"));
        assertThat(discord.isPinned(announced)).isTrue();

        discord.dispatch("MESSAGE_CREATE", discord.message(FakeDiscord.dmChannelOf("604"), ASKING_PRIVATELY, QUESTION));
        discord.await("POST", TO_MEMBER, c -> c.content().contains("Reviews take"));
        List<FakeDiscord.Call> toMember = postedTo(TO_MEMBER);
        assertThat(toMember.getFirst().content()).contains("Known issue", "identified", "node upgrade");
        assertThat(toMember).last().satisfies(c -> assertThat(c.content()).contains("Reviews take"));

        Map<String, Object> resolve = discord.guildMessage(STAFF_CHANNEL, AGENT, List.of(), RESOLVE);
        discord.dispatch("MESSAGE_CREATE", resolve);
        discord.await("DELETE", "/channels/" + GENERAL + "/messages/pins/" + announced, c -> true);
        assertThat(discord.isPinned(announced)).isFalse();
        assertThat(discord.contentOf(announced))
                .hasValueSatisfying(text -> assertThat(text).contains("resolved", "All withdrawals are processed"));
        discord.await("POST", TO_MEMBER, c -> c.content().contains("Resolved"));
        discord.await("POST", IN_STAFF, c -> c.content().contains("1 members told"));

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(
                        STAFF_CHANNEL, AGENT, List.of(), "/incident resolve INC-1 All withdrawals are processed"));
        discord.dispatch("MESSAGE_CREATE", resolve);
        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(STAFF_CHANNEL, AGENT, List.of(), UPDATE));
        discord.await("POST", IN_STAFF, c -> c.content().contains("No incident is open"));
        Thread.sleep(500);
        assertThat(postedTo(IN_STAFF))
                .as("the second resolve is refused; the one delivered again is not handled again")
                .filteredOn(c ->
                        c.content().contains("already resolved") || c.content().contains("No incident is open"))
                .hasSize(2);
        assertThat(postedTo(TO_MEMBER))
                .filteredOn(c -> c.content().contains("Resolved"))
                .hasSize(1);
        assertThat(discord.calls()).filteredOn(c -> c.method().equals("PATCH")).hasSize(2);
        assertThat(postedTo(IN_GENERAL)).hasSize(1);
    }

    @Test
    void withoutTheRightToPinTheAnnouncementIsPostedAndStillEdited() throws Exception {
        discord.refusePinsIn(GENERAL);

        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(STAFF_CHANNEL, AGENT, List.of(), "/incident open Login failures in the app"));
        String announced = pinnedIn(GENERAL);
        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(STAFF_CHANNEL, AGENT, List.of(), UPDATE));

        discord.await("PATCH", IN_GENERAL + "/" + announced, c -> c.content().contains("node upgrade"));
        assertThat(discord.isPinned(announced)).isFalse();
        assertThat(discord.contentOf(announced))
                .hasValueSatisfying(text -> assertThat(text).contains("identified"));
    }

    @Test
    void anAnnouncementDeletedFromTheChannelIsNotEditedAgainAndAgain() throws Exception {
        discord.dispatch(
                "MESSAGE_CREATE",
                discord.guildMessage(STAFF_CHANNEL, AGENT, List.of(), "/incident open Login failures in the app"));
        String announced = pinnedIn(GENERAL);
        discord.removeMessage(announced);

        discord.dispatch("MESSAGE_CREATE", discord.guildMessage(STAFF_CHANNEL, AGENT, List.of(), UPDATE));
        discord.await("POST", IN_STAFF, c -> c.content().contains("is now identified"));
        discord.await("PATCH", IN_GENERAL + "/" + announced, c -> true);
        Thread.sleep(2_000);

        assertThat(discord.calls()).filteredOn(c -> c.method().equals("PATCH")).hasSize(1);
        assertThat(discord.contentOf(announced)).isEmpty();
    }

    /** The id of the message the bot asked to pin in the channel. */
    private String pinnedIn(String channel) throws InterruptedException {
        String pins = "/channels/" + channel + "/messages/pins/";
        FakeDiscord.Call pin = discord.await(
                "a pin in " + channel, c -> c.method().equals("PUT") && c.path().startsWith(pins));
        return pin.path().substring(pins.length());
    }

    private List<FakeDiscord.Call> postedTo(String path) {
        return discord.calls().stream()
                .filter(c -> c.method().equals("POST") && c.path().equals(path))
                .toList();
    }

    private static List<String> customIds(FakeDiscord.Call call) {
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode row : call.body().path("components")) {
            for (JsonNode button : row.path("components")) {
                ids.add(button.path("custom_id").asString());
            }
        }
        return ids;
    }
}
