package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.watchkeeper.config.console.DemoSignInLink;
import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Reply;
import dev.watchkeeper.core.decision.SendPrivate;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.core.signin.SignInLinks;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The staff console's sign-in as the application wires it: {@code /console} from the demo's staff
 * persona yields a private link that the application's {@link SignInLinks} redeems once, and the
 * demo prints such a link at start while the console is on; the served console signs in with it.
 */
class SignInLinkIT {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern LINK =
            Pattern.compile("(http://localhost:\\d+)/console/sign-in\\?token=([A-Za-z0-9_-]{43})");

    @Test
    void consoleFromTheDemoAgentInTheStaffChatSendsAPrivateLinkThatSignsInOnceWithEveryRole() {
        try (ConfigurableApplicationContext context = ApplicationContexts.startBot(
                Map.of("watchkeeper.kb.hot-reload", "false", "watchkeeper.web.port", "8091"))) {
            List<Decision> decisions = context.getBean(Bot.class).handle(consoleCommand());

            SendPrivate link = decisions.stream()
                    .filter(SendPrivate.class::isInstance)
                    .map(SendPrivate.class::cast)
                    .findFirst()
                    .orElseThrow();
            assertThat(link.to().chat().isPrivate()).isTrue();
            assertThat(link.recipient()).isEqualTo(ConsolePersona.AGENT);
            Matcher found = LINK.matcher(link.text());
            assertThat(found.find()).as(link.text()).isTrue();
            assertThat(found.group(1)).isEqualTo("http://localhost:8091");
            assertThat(decisions)
                    .filteredOn(Reply.class::isInstance)
                    .extracting(d -> ((Reply) d).text())
                    .containsExactly("I sent you a sign-in link to the staff console in a private message.")
                    .noneMatch(text -> text.contains(found.group(2)));

            SignInLinks links = context.getBean(SignInLinks.class);
            Optional<ConsoleGrant> first = links.redeem(found.group(2), Instant.now());
            Optional<ConsoleGrant> second = links.redeem(found.group(2), Instant.now());

            assertThat(first).hasValueSatisfying(grant -> {
                assertThat(grant.user()).isEqualTo(ConsolePersona.AGENT);
                assertThat(grant.roles()).isEqualTo(EnumSet.allOf(ConsoleRole.class));
            });
            assertThat(second).isEmpty();
        }
    }

    @Test
    void theLinkConsoleSendsSignsInToTheServedConsoleOnceAndNoMore() throws Exception {
        try (ConfigurableApplicationContext context = ApplicationContexts.startBot(Map.of(
                        "watchkeeper.kb.hot-reload", "false",
                        "watchkeeper.web.port", "0",
                        "server.port", "0",
                        "server.address", "127.0.0.1"));
                HttpClient first = session();
                HttpClient second = session()) {
            SendPrivate sent = context.getBean(Bot.class).handle(consoleCommand()).stream()
                    .filter(SendPrivate.class::isInstance)
                    .map(SendPrivate.class::cast)
                    .findFirst()
                    .orElseThrow();
            Matcher found = LINK.matcher(sent.text());
            assertThat(found.find()).as(sent.text()).isTrue();
            String port = context.getEnvironment().getProperty("local.server.port");
            assertThat(found.group(1)).isEqualTo("http://localhost:" + port);
            String link = found.group(0);

            HttpResponse<String> signIn = signIn(first, link, found.group(2));
            HttpResponse<String> again = signIn(second, link, found.group(2));

            assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/console"));
            HttpResponse<String> home = first.send(
                    HttpRequest.newBuilder(URI.create(found.group(1) + "/console"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains(ConsolePersona.AGENT.shownName());
            assertThat(again.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void withoutAPortTheConsoleIsOffAndTheDemoPrintsNoLink() {
        try (ConfigurableApplicationContext context =
                ApplicationContexts.startBot(Map.of("watchkeeper.kb.hot-reload", "false"))) {
            List<Decision> decisions = context.getBean(Bot.class).handle(consoleCommand());

            assertThat(decisions)
                    .filteredOn(Reply.class::isInstance)
                    .extracting(d -> ((Reply) d).text())
                    .containsExactly(
                            "The staff console is not enabled: an admin turns it on by setting watchkeeper.web.port.");
            assertThat(context.getBean(DemoSignInLink.class).line()).isEmpty();
        }
    }

    @Test
    void theDemoPrintsAOneTimeLinkAtStartToThePortTheServerGot() {
        StringWriter out = new StringWriter();
        InputStream stdin = System.in;
        int exit;
        try {
            System.setIn(new ByteArrayInputStream("/agent\n/console\n".getBytes(StandardCharsets.UTF_8)));
            exit = WatchkeeperCommand.execute(
                    new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true),
                    "--watchkeeper.kb.hot-reload=false",
                    "--watchkeeper.web.port=0",
                    "--server.port=0",
                    "--server.address=127.0.0.1");
        } finally {
            System.setIn(stdin);
        }

        String printed = out.toString();
        assertThat(exit).as(printed).isZero();
        assertThat(printed).as(printed).startsWith("Staff console: http://localhost:");
        Matcher links = LINK.matcher(printed);
        assertThat(links.find()).isTrue();
        assertThat(links.group(1)).isNotEqualTo("http://localhost:0");
        String startToken = links.group(2);
        assertThat(printed.lines().findFirst().orElseThrow()).doesNotContain("localhost:0/");
        assertThat(printed)
                .contains("(signs you in once as Agent Alex, moderator, agent, supervisor, within 10 minutes;")
                .contains("bot → staff: I sent you a sign-in link to the staff console in a private message.");
        assertThat(links.find()).as("the link /console sent").isTrue();
        assertThat(links.group(2)).isNotEqualTo(startToken);
    }

    @Test
    void aPublicUrlThatIsNoHttpAddressStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() -> ApplicationContexts.startBot(Map.of(
                        "watchkeeper.kb.hot-reload", "false",
                        "watchkeeper.web.port", "8091",
                        "watchkeeper.web.public-url", "console.example.com")))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("watchkeeper.web.public-url: ")
                .hasMessageContaining("http://");
    }

    private static HttpClient session() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Opens the link and presses the sign-in page's button, as a browser would. */
    private static HttpResponse<String> signIn(HttpClient client, String link, String token) throws Exception {
        HttpResponse<String> page =
                client.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as(page.body()).isTrue();
        return client.send(
                HttpRequest.newBuilder(URI.create(link.substring(0, link.indexOf('?'))))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-CSRF-TOKEN", csrf.group(1))
                        .POST(HttpRequest.BodyPublishers.ofString("token=" + token))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static InboundMessage consoleCommand() {
        return InboundMessage.text("c1", ConsolePersona.STAFF_CHAT, ConsolePersona.AGENT, "/console", Instant.now());
    }
}
