package dev.watchkeeper.core.signin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.audit.AuditEntry;
import dev.watchkeeper.core.audit.InMemoryAuditLog;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.language.MessageCatalog;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModeratorRoster;
import dev.watchkeeper.core.store.StoreUnavailableException;
import dev.watchkeeper.core.ticket.MutableClock;
import dev.watchkeeper.core.ticket.staff.StaffRoster;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConsoleCommandTest {
    static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    static final ChatRef STAFF = new ChatRef(Platform.TELEGRAM, "-300", ChatType.GROUP);
    static final ChatRef MODS = new ChatRef(Platform.TELEGRAM, "-200", ChatType.GROUP);
    static final ChatRef COMMUNITY = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    static final UserRef ALEX = new UserRef(Platform.TELEGRAM, "42", "alex", "Agent Alex", false);
    static final UserRef MIA = new UserRef(Platform.TELEGRAM, "7", "mia", "Moderator Mia", false);
    static final UserRef SAM = new UserRef(Platform.TELEGRAM, "9", "sam", "Sam", false);
    static final UserRef MEMBER = new UserRef(Platform.TELEGRAM, "55", "bob", "Bob", false);
    private static final Pattern TOKEN = Pattern.compile("/console/sign-in\\?token=([A-Za-z0-9_-]+)");

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final ConsoleSignIns store = new InMemoryConsoleSignIns(clock);
    private final SignInSettings settings = new SignInSettings(
            "https://console.example.com",
            Duration.ofMinutes(10),
            new SupervisorRoster(Set.of("telegram:9"), Set.of("leads")));
    private final SignInLinks links = new SignInLinks(store, settings, clock);
    private final ConsoleCommand command = command(links);

    @Test
    void aModeratorInTheModeratorsChatGetsAPrivateLinkWithTheModeratorRole() {
        ConsoleGrant grant = grantIn(handle(MODS, MIA, Set.of()));

        assertThat(grant.roles()).containsExactly(ConsoleRole.MODERATOR);
        assertThat(grant.user()).isEqualTo(MIA);
    }

    @Test
    void aModeratorByRoleIsAModeratorAndKeepsThePlatformRolesInTheGrant() {
        ConsoleGrant grant = grantIn(handle(MODS, MEMBER, Set.of("moderator")));

        assertThat(grant.roles()).containsExactly(ConsoleRole.MODERATOR);
        assertThat(grant.platformRoles()).containsExactly("moderator");
    }

    @Test
    void anAgentInTheStaffChatGetsTheAgentRole() {
        assertThat(grantIn(handle(STAFF, ALEX, Set.of())).roles()).containsExactly(ConsoleRole.AGENT);
    }

    @Test
    void aSupervisorGetsTheSupervisorRoleByAccountOrByRole() {
        assertThat(grantIn(handle(STAFF, SAM, Set.of())).roles()).containsExactly(ConsoleRole.SUPERVISOR);
        assertThat(grantIn(handle(STAFF, MEMBER, Set.of("leads"))).roles()).containsExactly(ConsoleRole.SUPERVISOR);
    }

    @Test
    void aMemberWhoIsAllThreeGetsEveryRole() {
        ConsoleGrant grant = grantIn(handle(STAFF, ALEX, Set.of("moderator", "leads")));

        assertThat(grant.roles()).isEqualTo(EnumSet.allOf(ConsoleRole.class));
    }

    @Test
    void aMemberWithNoRoleIsToldTheConsoleIsForStaffAndGetsNoLink() {
        List<Decision> decisions = handle(STAFF, MEMBER, Set.of());

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .startsWith("The staff console is for moderators, support agents and supervisors")
                .contains("telegram account (id 55)", "watchkeeper.web.supervisors.accounts"));
        assertThat(store.take("anything")).isEmpty();
        assertThat(audit.since(NOW))
                .singleElement()
                .isEqualTo(new AuditEntry(NOW, "telegram:55", "denied", "console-link", "not staff"));
    }

    @Test
    void aBotNeverGetsALinkAndIsNotAnswered() {
        UserRef bot = new UserRef(Platform.TELEGRAM, "8", "otherbot", "Other bot", true);

        assertThat(command.handle(message(STAFF, bot, Set.of("moderator")))).isEmpty();
    }

    @Test
    void whileTheConsoleIsOffStaffAreToldItIsNotEnabled() {
        ConsoleCommand off = command(new SignInLinks(store, SignInSettings.off(), clock));

        List<Decision> decisions = off.handle(message(STAFF, ALEX, Set.of())).orElseThrow();

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .isEqualTo("The staff console is not enabled: an admin turns it on by setting watchkeeper.web.port."));
        assertThat(audit.since(NOW)).isEmpty();
    }

    @Test
    void inAGroupTheLinkGoesOnlyToTheMembersPrivateChat() {
        List<Decision> decisions = handle(STAFF, ALEX, Set.of());

        SendPrivate link = privateMessage(decisions);
        assertThat(link.to().chat()).isEqualTo(new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE));
        assertThat(link.recipient()).isEqualTo(ALEX);
        assertThat(link.text())
                .contains("https://console.example.com/console/sign-in?token=", "for 10 minutes", "Roles: agent.");
        String token = tokenIn(link);
        assertThat(decisions)
                .filteredOn(Reply.class::isInstance)
                .singleElement()
                .isInstanceOfSatisfying(Reply.class, r -> {
                    assertThat(r.to().chat()).isEqualTo(STAFF);
                    assertThat(r.text())
                            .isEqualTo("I sent you a sign-in link to the staff console in a private message.");
                });
        assertThat(link.fallback()).isNotNull();
        assertThat(link.fallback().to().chat()).isEqualTo(STAFF);
        assertThat(link.fallback().text())
                .startsWith("I could not send you a private message")
                .doesNotContain(token);
    }

    @Test
    void inAPrivateChatTheLinkIsTheOnlyAnswer() {
        ChatRef direct = new ChatRef(Platform.TELEGRAM, "42", ChatType.PRIVATE);

        List<Decision> decisions = handle(direct, ALEX, Set.of());

        assertThat(decisions).singleElement().isInstanceOfSatisfying(SendPrivate.class, link -> {
            assertThat(link.to().chat()).isEqualTo(direct);
            assertThat(link.fallback()).isNull();
        });
    }

    @Test
    void inACommunityGroupTheCommandIsNotTheConsoles() {
        assertThat(command.handle(message(COMMUNITY, ALEX, Set.of()))).isEmpty();
        assertThat(audit.since(NOW)).isEmpty();
    }

    @Test
    void theLinkSentSignsInOnce() {
        String token = tokenIn(privateMessage(handle(STAFF, ALEX, Set.of())));

        Optional<ConsoleGrant> first = links.redeem(token, NOW.plusSeconds(20));
        Optional<ConsoleGrant> second = links.redeem(token, NOW.plusSeconds(21));

        assertThat(first).hasValueSatisfying(g -> assertThat(g.user()).isEqualTo(ALEX));
        assertThat(second).isEmpty();
    }

    @Test
    void theLinkSentFailsOnceExpired() {
        String token = tokenIn(privateMessage(handle(STAFF, ALEX, Set.of())));
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(links.redeem(token, clock.instant())).isEmpty();
    }

    @Test
    void aMalformedTokenFails() {
        String token = tokenIn(privateMessage(handle(STAFF, ALEX, Set.of())));

        assertThat(links.redeem(token + "x", NOW)).isEmpty();
        assertThat(links.redeem(token.replace(token.charAt(0), '%'), NOW)).isEmpty();
    }

    @Test
    void theAuditEntryNamesTheMemberAndTheRolesButNotTheToken() {
        String token = tokenIn(privateMessage(handle(STAFF, ALEX, Set.of("leads"))));

        AuditEntry entry = audit.since(NOW).getFirst();
        assertThat(entry)
                .isEqualTo(new AuditEntry(
                        NOW,
                        "telegram:42",
                        "console-link",
                        "console",
                        "roles agent,supervisor; expires 2026-12-03T09:10:00Z"));
        assertThat(entry.toString()).doesNotContain(token, SignInLinks.hash(token));
    }

    @Test
    void anEditedCommandSendsNoSecondLink() {
        InboundMessage edited =
                message(STAFF, ALEX, Set.of()).toBuilder().edited(true).build();

        assertThat(command.handle(edited)).contains(List.of());
        assertThat(audit.since(NOW)).isEmpty();
    }

    @Test
    void whenTheStoreIsAwayStaffAreToldNoLinkWasMade() {
        ConsoleSignIns away = new ConsoleSignIns() {
            @Override
            public void put(String tokenHash, ConsoleGrant grant) {
                throw new StoreUnavailableException("sign-in link", new IllegalStateException("outage"));
            }

            @Override
            public Optional<ConsoleGrant> take(String tokenHash) {
                throw new StoreUnavailableException("sign-in", new IllegalStateException("outage"));
            }
        };
        ConsoleCommand command = command(new SignInLinks(away, settings, clock));

        List<Decision> decisions =
                command.handle(message(STAFF, ALEX, Set.of())).orElseThrow();

        assertThat(decisions).singleElement().isInstanceOfSatisfying(Reply.class, r -> assertThat(r.text())
                .startsWith("No link was made"));
    }

    @Test
    void theModeratorsChatIsAnsweredInModerationsStaffLanguage() {
        ConsoleCommand russian = new ConsoleCommand(
                links,
                roles(),
                new ConsolePlaces(Set.of(STAFF), "en", Set.of(MODS), "ru"),
                audit,
                ConsoleTexts.translations(MessageCatalog.bundled()),
                clock);

        List<Decision> decisions = russian.handle(message(MODS, MIA, Set.of())).orElseThrow();

        assertThat(privateMessage(decisions).text()).startsWith("Ваша ссылка").contains("Роли: модератор.");
    }

    private ConsoleCommand command(SignInLinks signIns) {
        return new ConsoleCommand(
                signIns,
                roles(),
                new ConsolePlaces(Set.of(STAFF), "en", Set.of(MODS), "en"),
                audit,
                ConsoleTexts.translations(MessageCatalog.bundled()),
                clock);
    }

    private ConsoleRoles roles() {
        return new ConsoleRoles(
                new ModeratorRoster(Set.of(ModeratorRoster.key(MIA)), Set.of("moderator")),
                new StaffRoster(List.of(ALEX), Set.of()),
                links.supervisors());
    }

    private List<Decision> handle(ChatRef chat, UserRef author, Set<String> roles) {
        return command.handle(message(chat, author, roles)).orElseThrow();
    }

    static InboundMessage message(ChatRef chat, UserRef author, Set<String> roles) {
        return InboundMessage.builder(new MessageRef(chat, "m1"), author, NOW)
                .roles(roles)
                .text("/console")
                .command(new BotCommand("console", ""))
                .build();
    }

    static SendPrivate privateMessage(List<Decision> decisions) {
        return decisions.stream()
                .filter(SendPrivate.class::isInstance)
                .map(SendPrivate.class::cast)
                .findFirst()
                .orElseThrow();
    }

    static String tokenIn(SendPrivate message) {
        Matcher matcher = TOKEN.matcher(message.text());
        assertThat(matcher.find()).as("a sign-in link in %s", message.text()).isTrue();
        return matcher.group(1);
    }

    private ConsoleGrant grantIn(List<Decision> decisions) {
        return links.redeem(tokenIn(privateMessage(decisions)), NOW).orElseThrow();
    }
}
