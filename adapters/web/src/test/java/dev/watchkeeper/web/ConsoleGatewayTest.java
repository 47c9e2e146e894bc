package dev.watchkeeper.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.bot.BotFixture;
import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.RestrictMember;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConsoleGatewayTest {
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final ChatRef MODS = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);
    private static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP);
    private static final UserRef SCAMMER = new UserRef(Platform.TELEGRAM, "66", "helpdesk_team", "Support", false);
    private static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "42", "alice", "Alice", false);
    private static final UserRef MODERATOR = new UserRef(Platform.TELEGRAM, "7", "mia", "Mia", false);
    private static final UserRef AGENT = new UserRef(Platform.TELEGRAM, "8", "alex", "Alex", false);

    private final BotFixture fixture = new BotFixture(
            BotFixture.oneEntryKnowledgeBase(), STAFF, MODS, AGENT, MODERATOR, Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<Decision> sent = new ArrayList<>();
    private final Outbound outbound = sent::addAll;
    private final ConsoleGateway gateway = new ConsoleGateway(
            fixture.bot,
            outbound,
            new StaffChats(List.of(STAFF), Map.of(Platform.TELEGRAM, MODS)),
            fixture.audit,
            Clock.fixed(NOW, ZoneOffset.UTC));
    private int ids;

    private static ConsoleGrant grant(UserRef user, ConsoleRole role) {
        return new ConsoleGrant(user, Set.of(), Set.of(role), NOW.plusSeconds(600));
    }

    private ModerationCase scamCase() {
        String text =
                "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal";
        fixture.bot.handle(InboundMessage.builder(new MessageRef(GROUP, Integer.toString(++ids)), SCAMMER, NOW)
                .text(text)
                .build());
        return fixture.cases.open().getFirst();
    }

    @Test
    void aModeratorsBanFromTheConsoleResolvesTheCaseAndRestrictsTheScammerOnTheirPlatform() {
        ModerationCase open = scamCase();

        ConsoleGateway.Outcome outcome = gateway.pressCase(grant(MODERATOR, ConsoleRole.MODERATOR), open, "ban");

        assertThat(sent)
                .anySatisfy(d -> assertThat(d).isInstanceOfSatisfying(RestrictMember.class, r -> assertThat(r.member())
                        .isEqualTo(SCAMMER)));
        assertThat(outcome.sent()).isEqualTo(sent.size());
        assertThat(fixture.cases.open()).isEmpty();
        assertThat(fixture.audit.since(Instant.EPOCH))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("console case ban"));
    }

    @Test
    void theCoreRefusesAPressFromSomeoneItDoesNotKnowAsAModeratorWhateverTheirSession() {
        ModerationCase open = scamCase();

        ConsoleGateway.Outcome outcome = gateway.pressCase(grant(AGENT, ConsoleRole.MODERATOR), open, "ban");

        assertThat(outcome.notices()).isNotEmpty();
        assertThat(sent).noneMatch(RestrictMember.class::isInstance);
        assertThat(fixture.cases.open()).hasSize(1);
    }

    @Test
    void anActionTheCaseDoesNotOfferIsRefusedBeforeTheBot() {
        ModerationCase open = scamCase();

        ConsoleGateway.Outcome outcome = gateway.pressCase(grant(MODERATOR, ConsoleRole.MODERATOR), open, "confirm");

        assertThat(outcome.notices()).singleElement().asString().contains("does not offer confirm");
        assertThat(sent).isEmpty();
    }

    @Test
    void anAgentClaimsATicketByCommandAndWhatTheBotSaysToThemStaysOnThePage() {
        String ticket = openTicket();
        gateway.staffCommand(grant(AGENT, ConsoleRole.AGENT), "/claim " + ticket);
        sent.clear();

        ConsoleGateway.Outcome again =
                gateway.staffCommand(grant(AGENT, ConsoleRole.AGENT), "/note " + ticket + " checked the chain");

        assertThat(again.notices()).singleElement().asString().contains(ticket);
        assertThat(sent).isEmpty();
    }

    @Test
    void anAgentsClaimFromTheConsoleTellsTheMember() {
        String ticket = openTicket();

        gateway.staffCommand(grant(AGENT, ConsoleRole.AGENT), "/claim " + ticket);

        assertThat(sent)
                .noneMatch(
                        d -> d.to().replyTo() != null && d.to().replyTo().id().startsWith("console-"));
        assertThat(sent).anySatisfy(d -> assertThat(d.to().chat()).isEqualTo(MEMBER_DM));
    }

    @Test
    void textThatIsNoCommandIsRefused() {
        assertThat(gateway.staffCommand(grant(AGENT, ConsoleRole.AGENT), "hello")
                        .notices())
                .containsExactly("Not a staff command.");
        assertThat(sent).isEmpty();
    }

    private static final ChatRef MEMBER_DM = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);

    /** Alice asks for a person in private; the ticket's id, from what the bot says. */
    private String openTicket() {
        List<Decision> all = new ArrayList<>();
        for (String text : List.of("my deposit did not arrive", "talk to a person")) {
            all.addAll(fixture.bot.handle(InboundMessage.builder(
                            new MessageRef(MEMBER_DM, Integer.toString(++ids)), MEMBER, NOW)
                    .text(text)
                    .command(BotCommand.parse(text, Set.of("watchkeeper")).orElse(null))
                    .build()));
        }
        Matcher id = Pattern.compile("WK-\\d+").matcher(all.toString());
        assertThat(id.find()).as("a ticket id in %s", all).isTrue();
        return id.group();
    }
}
