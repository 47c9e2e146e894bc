package dev.watchkeeper.config.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.core.signin.SignInLinks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Signing in to the staff console in a real browser with a one-time link the bot's own links make
 * (as {@code /console} sends them), and out again; what a session without a role may not reach.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleSignInIT {
    private static ConfigurableApplicationContext app;
    private static ChromeDriver chrome;
    private static String base;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .run("--watchkeeper.web.port=0", "--server.port=0", "--server.address=127.0.0.1");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        chrome = HeadlessChrome.start();
    }

    private static String mint(UserRef who, ConsoleRole role) {
        SignInLinks links = app.getBean(SignInLinks.class);
        return links.issue(links.grant(who, Set.of(), Set.of(role)));
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aLinkSignsInOnceThenShowsTheSectionsOfTheMembersRoles() {
        String token = mint(ConsolePersona.MODERATOR, ConsoleRole.MODERATOR);

        ConsoleBrowser.signIn(chrome, base, token);

        assertThat(chrome.findElement(By.tagName("h1")).getText()).contains("Moderator Mia");
        assertThat(chrome.findElement(By.cssSelector("nav")).getText())
                .contains("Moderation")
                .doesNotContain("Inbox")
                .doesNotContain("Dashboard");

        chrome.findElement(By.cssSelector("form.who button")).click();
        new WebDriverWait(chrome, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().endsWith("/console/signed-out"));
        assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Signed out");

        chrome.get(base + "/console/sign-in?token=" + token);
        chrome.findElement(By.id("sign-in")).click();
        assertThat(new WebDriverWait(chrome, Duration.ofSeconds(15))
                        .until(d -> d.findElement(By.cssSelector("[role=alert]")))
                        .getText())
                .contains("not valid");
    }

    @Test
    void aSessionWithoutTheRoleIsRefusedEverySectionButItsOwn() throws Exception {
        ConsoleHttp agent = ConsoleHttp.signedIn(base, mint(ConsolePersona.AGENT, ConsoleRole.AGENT));

        assertThat(agent.get("/console").statusCode()).isEqualTo(200);
        assertThat(agent.get("/console/queue").statusCode()).isEqualTo(403);
        assertThat(agent.get("/console/dashboard").statusCode()).isEqualTo(403);
        assertThat(agent.get("/console/live/no-such-view").statusCode()).isEqualTo(403);
    }

    @Test
    void withoutASessionEveryPageSendsToTheSignInPageAndAPostWithoutCsrfIsRefused() throws Exception {
        ConsoleHttp visitor = ConsoleHttp.anonymous(base);

        assertThat(visitor.get("/console").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console/sign-in"));
        assertThat(visitor.get("/console/queue").statusCode()).isEqualTo(302);
        assertThat(HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(base + "/console/sign-in"))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .POST(HttpRequest.BodyPublishers.ofString("token=x"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
    }

    /** Last: the address is throttled for the rest of the minute after it. */
    @Test
    @Order(Integer.MAX_VALUE)
    void signInAttemptsBeyondTheLimitAreThrottled() throws Exception {
        ConsoleHttp guesser = ConsoleHttp.anonymous(base);
        int throttled = 0;
        for (int i = 0; i < 12; i++) {
            if (guesser.post("/console/sign-in", Map.of("token", "guess-" + i)).statusCode() == 429) {
                throttled++;
            }
        }
        assertThat(throttled).isGreaterThanOrEqualTo(2);
    }
}
