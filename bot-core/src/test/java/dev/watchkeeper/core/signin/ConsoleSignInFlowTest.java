package dev.watchkeeper.core.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.assembly.BotAssembly;
import dev.watchkeeper.core.assembly.FeatureSettings;
import dev.watchkeeper.core.assembly.FeatureStores;
import dev.watchkeeper.core.assembly.TestShields;
import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.conversation.EngineSettings;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.faq.AnswerThresholds;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.moderation.ModerationPolicy;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.ticket.MutableClock;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.core.ticket.staff.StaffRoster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /console} through the whole bot: taken before the ticket desk, which would answer staff commands. */
class ConsoleSignInFlowTest {
    private static final Map<Platform, String> HANDLES = Map.of(Platform.TELEGRAM, "watchkeeper");

    private final MutableClock clock = new MutableClock(ConsoleCommandTest.NOW);
    private final SignInLinks links = new SignInLinks(
            new InMemoryConsoleSignIns(clock),
            new SignInSettings("http://localhost:8090", Duration.ofMinutes(5), SupervisorRoster.none()),
            clock);

    private BotAssembly assembly(boolean console) {
        BotAssembly.Builder builder = BotAssembly.builder(
                        new FeatureSettings(
                                new EngineSettings(
                                        new AnswerThresholds(0.6, 0.3, 0.9), false, null, HANDLES, "en", 1000),
                                TicketSettings.defaults(ConsoleCommandTest.STAFF, HANDLES),
                                new ModerationSettings(
                                        Map.of(Platform.TELEGRAM, ConsoleCommandTest.MODS),
                                        ModerationPolicy.defaults(),
                                        Map.of(),
                                        new ModeratorRoster(
                                                Set.of(ModeratorRoster.key(ConsoleCommandTest.MIA)), Set.of()))),
                        FeatureStores.inMemory(clock),
                        BotFixture.oneEntryKnowledgeBase(),
                        TestShields.coreOnly(),
                        new StaffRoster(List.of(ConsoleCommandTest.ALEX), Set.of()))
                .clock(clock);
        return (console ? builder.console(links) : builder).build();
    }

    @Test
    void anAgentsConsoleCommandInTheStaffChatIsAnsweredWithAPrivateLinkNotTheTicketDesksHelp() {
        List<Decision> decisions = assembly(true)
                .bot()
                .handle(ConsoleCommandTest.message(ConsoleCommandTest.STAFF, ConsoleCommandTest.ALEX, Set.of()));

        SendPrivate link = ConsoleCommandTest.privateMessage(decisions);
        assertThat(link.text()).contains("http://localhost:8090/console/sign-in?token=", "for 5 minutes");
        assertThat(links.redeem(ConsoleCommandTest.tokenIn(link), clock.instant()))
                .hasValueSatisfying(g -> assertThat(g.roles()).containsExactly(ConsoleRole.AGENT));
        assertThat(decisions)
                .filteredOn(Reply.class::isInstance)
                .extracting(d -> ((Reply) d).text())
                .containsExactly("I sent you a sign-in link to the staff console in a private message.");
    }

    @Test
    void aBotBuiltWithoutTheConsoleSaysItIsNotEnabled() {
        InboundMessage command = ConsoleCommandTest.message(ConsoleCommandTest.MODS, ConsoleCommandTest.MIA, Set.of());

        List<Decision> decisions = assembly(false).bot().handle(command);

        assertThat(decisions)
                .filteredOn(Reply.class::isInstance)
                .extracting(d -> ((Reply) d).text())
                .containsExactly(
                        "The staff console is not enabled: an admin turns it on by setting watchkeeper.web.port.");
    }
}
