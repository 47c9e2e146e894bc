package dev.watchkeeper.config.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.web.SignInGate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Signing in to the staff console in a real browser with a one-time link, and out again. */
class ConsoleSignInIT {
    private static final TestSignIns SIGN_INS = new TestSignIns();
    private static ConfigurableApplicationContext app;
    private static ChromeDriver chrome;
    private static String base;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .initializers(context ->
                        context.getBeanFactory().registerSingleton("testSignIns", (SignInGate.Redeemer) SIGN_INS))
                .web(WebApplicationType.SERVLET)
                .run("--watchkeeper.web.port=0", "--server.port=0", "--server.address=127.0.0.1");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        chrome = HeadlessChrome.start();
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
        String token = SIGN_INS.mint(ConsolePersona.MODERATOR, Set.of(), ConsoleRole.MODERATOR);

        chrome.get(base + "/console/sign-in?token=" + token);
        chrome.findElement(By.id("sign-in")).click();

        assertThat(chrome.findElement(By.tagName("h1")).getText()).contains("Moderator Mia");
        assertThat(chrome.findElement(By.cssSelector("nav")).getText())
                .contains("Moderation")
                .doesNotContain("Inbox")
                .doesNotContain("Dashboard");

        chrome.findElement(By.cssSelector("form.who button")).click();
        assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Signed out");

        chrome.get(base + "/console/sign-in?token=" + token);
        chrome.findElement(By.id("sign-in")).click();
        assertThat(chrome.findElement(By.cssSelector("[role=alert]")).getText()).contains("not valid");
    }
}
