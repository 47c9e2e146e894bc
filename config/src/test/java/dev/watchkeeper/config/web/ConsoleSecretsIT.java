package dev.watchkeeper.config.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.core.signin.SignInLinks;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.core.ticket.model.TicketStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * No page or response of the console shows a secret a member posted: a seed phrase posted in the
 * group (a case) and a private key sent in private before asking for a person (a ticket's
 * transcript) are on every page only in their redacted form, and the sign-in link's token is
 * nowhere but the sign-in form it was opened with.
 */
class ConsoleSecretsIT {
    private static final String SEED =
            "abandon ability able about above absent absorb abstract absurd abuse access accident";
    private static final String KEY = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    private static final ChatRef GROUP = new ChatRef(Platform.CONSOLE, "community", ChatType.GROUP);
    private static final UserRef SCAMMER = new UserRef(Platform.CONSOLE, "scammer", "helpdesk_team", "Support", false);
    private static final UserRef VICTIM = new UserRef(Platform.CONSOLE, "victim", "vic", "Vic", false);

    @Test
    void noPageOrDataOfTheConsoleShowsASecretAMemberPosted() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--watchkeeper.web.port=0",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--watchkeeper.kb.hot-reload=false",
                        "--watchkeeper.kb.retrieval=lexical")) {
            Bot bot = app.getBean(Bot.class);
            int n = 0;
            bot.handle(InboundMessage.builder(new MessageRef(GROUP, "m" + ++n), VICTIM, Instant.now())
                    .text("is this my recovery phrase right? " + SEED)
                    .build());
            bot.handle(InboundMessage.builder(new MessageRef(GROUP, "m" + ++n), SCAMMER, Instant.now())
                    .text("Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your"
                            + " withdrawal")
                    .build());
            ChatRef dm = new ChatRef(Platform.CONSOLE, "dm-victim", ChatType.PRIVATE);
            for (String text : List.of("my key 0x" + KEY + " can someone check balance", "/human")) {
                bot.handle(InboundMessage.builder(new MessageRef(dm, "m" + ++n), VICTIM, Instant.now())
                        .text(text)
                        .command(BotCommand.parse(text, Set.of("watchkeeper")).orElse(null))
                        .build());
            }
            assertThat(app.getBean(ModerationCaseStore.class).openCount()).isPositive();
            Ticket ticket =
                    app.getBean(TicketStore.class).withStatus(TicketStatus.OPEN).getFirst();

            SignInLinks links = app.getBean(SignInLinks.class);
            String token = links.issue(links.grant(
                    ConsolePersona.AGENT,
                    Set.of(),
                    Set.of(ConsoleRole.MODERATOR, ConsoleRole.AGENT, ConsoleRole.SUPERVISOR)));
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            ConsoleHttp staff = ConsoleHttp.signedIn(base, token);

            List<String> seen = new ArrayList<>();
            for (String path : List.of(
                    "/console",
                    "/console/queue",
                    "/console/queue/cases",
                    "/console/queue/audit",
                    "/console/queue/domains",
                    "/console/queue/members/console/victim",
                    "/console/inbox",
                    "/console/inbox/list",
                    "/console/inbox/" + ticket.id().value(),
                    "/console/inbox/" + ticket.id().value() + "/conversation",
                    "/console/dashboard",
                    "/console/dashboard/charts?days=30",
                    "/console/knowledge")) {
                var response = staff.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                seen.add(response.body());
            }

            assertThat(String.join("\n", seen))
                    .contains(ticket.id().value())
                    .contains("DM me your seed phrase")
                    .doesNotContain(KEY)
                    .doesNotContain("absurd abuse access")
                    .doesNotContain(token);
        }
    }
}
