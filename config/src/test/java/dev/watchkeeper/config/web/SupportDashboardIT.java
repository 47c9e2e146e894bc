package dev.watchkeeper.config.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.bot.Bot;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Choice;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.decision.Fallback;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.ChoiceSelected;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.signin.ConsoleGrant;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.core.ticket.message.TicketChoices;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.web.ConsoleGateway;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The supervisor's dashboard and the knowledge view in a real browser, over tickets made through
 * the bot (a member asks for a human, an agent claims, replies and closes from the console, the
 * member rates) and questions the bot answered and missed.
 */
class SupportDashboardIT {
    private static final TestSignIns SIGN_INS = new TestSignIns();
    private static final UserRef SUPERVISOR =
            new UserRef(Platform.CONSOLE, "supervisor", "sam", "Supervisor Sam", false);
    private static ConfigurableApplicationContext app;
    private static ChromeDriver chrome;
    private static String base;
    private static Answer answered;

    @BeforeAll
    static void start() {
        app = SIGN_INS.start();
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        supportThroughTheBot();
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

    /** Three members ask for a person; two get help and rate it; questions are answered and missed. */
    private static void supportThroughTheBot() {
        Bot bot = app.getBean(Bot.class);
        ConsoleGateway console = app.getBean(ConsoleGateway.class);
        TicketStore tickets = app.getBean(TicketStore.class);
        ConsoleGrant agent = new ConsoleGrant(
                ConsolePersona.AGENT,
                Set.of(),
                Set.of(ConsoleRole.AGENT),
                Instant.now().plusSeconds(600));
        UserRef asker = member("asker");
        List<Decision> answer = say(bot, asker, "where is my deposit?");
        assertThat(answer).anyMatch(Answer.class::isInstance);
        answered = (Answer)
                answer.stream().filter(Answer.class::isInstance).findFirst().orElseThrow();
        Choice unhelpful = answered.feedback().getLast();
        bot.handle(new ChoiceSelected(privateChat(asker), asker, unhelpful.action(), null, Instant.now()));
        say(bot, asker, "how do I enable two-factor authentication");
        assertThat(say(bot, asker, "can I stake dogecoin on the moon base")).anyMatch(Fallback.class::isInstance);
        say(bot, member("rover"), "is there a dogecoin staking pool");

        int score = 5;
        for (String name : List.of("ana", "boris", "chen")) {
            UserRef member = member(name);
            say(bot, member, "I want to talk to a human");
            Ticket ticket = tickets.openTicketOf(AccountId.of(member)).orElseThrow();
            if (name.equals("chen")) {
                continue;
            }
            String id = ticket.id().value();
            console.staffCommand(agent, "/claim " + id);
            console.staffCommand(agent, "/reply " + id + " Hello, I am looking at it now.");
            console.staffCommand(agent, "/close " + id + " Deposit credited after the confirmations.");
            bot.handle(new ChoiceSelected(
                    privateChat(member), member, TicketChoices.rate(ticket.id(), score), null, Instant.now()));
            score -= 2;
        }
    }

    @Test
    void aSupervisorSeesTheFiguresAndTheChartsDrawWithoutScriptErrors() throws Exception {
        signIn(SUPERVISOR, ConsoleRole.SUPERVISOR);

        chrome.get(base + "/console/dashboard?days=7");
        WebDriverWait wait = new WebDriverWait(chrome, Duration.ofSeconds(15));
        wait.until(d -> d.findElement(By.id("charts")).getDomAttribute("data-drawn") != null);

        assertThat(chrome.findElement(By.id("charts")).getDomAttribute("data-drawn"))
                .isEqualTo("12");
        assertThat(chrome.findElements(By.cssSelector("#charts canvas[data-chart]")))
                .hasSize(12)
                .allSatisfy(canvas -> assertThat(canvas.getSize().getHeight()).isGreaterThan(100));
        assertThat(chrome.findElement(By.id("escalations")).getText()).isEqualTo("3");
        assertThat(chrome.findElement(By.id("csat")).getText()).isEqualTo("4.00 / 5");
        assertThat(chrome.findElement(By.id("ratings")).getText())
                .contains("3 1")
                .contains("5 1");
        assertThat(chrome.findElement(By.id("by-platform")).getText()).contains("console 3");
        assertThat(chrome.findElement(By.id("deflection")).getText()).endsWith("%");
        assertThat(chrome.findElement(By.id("missed")).getText()).contains("can I stake dogecoin on the moon base");
        assertThat(chrome.findElement(By.cssSelector("#least-helpful a")).getDomAttribute("href"))
                .isEqualTo("/console/knowledge?title=" + answered.entryId());
        assertThat(chrome.findElements(By.cssSelector("#per-day tbody tr"))).hasSize(7);
        assertThat(chrome.findElement(By.cssSelector("#per-day tbody tr:last-child"))
                        .getText())
                .endsWith("0 · 1");
        assertThat(severeBrowserLogs()).isEmpty();
        HeadlessChrome.screenshot(chrome, Path.of("..", "docs", "console", "dashboard.png"));

        chrome.findElement(By.id("days")).sendKeys("Last 30 days");
        chrome.findElement(By.cssSelector("form.filters button")).click();
        assertThat(chrome.findElements(By.cssSelector("#per-day tbody tr"))).hasSize(30);
    }

    @Test
    void theKnowledgeViewListsTheBundledEntriesWithTheirLanguagesAndFilters() throws Exception {
        signIn(member("kb-reader"), ConsoleRole.AGENT);

        chrome.get(base + "/console/knowledge");

        List<WebElement> rows = chrome.findElements(By.cssSelector("#entries tbody tr"));
        assertThat(rows).hasSizeGreaterThan(50);
        WebElement deposit = chrome.findElement(By.id("entry-deposit-not-credited"));
        assertThat(deposit.findElement(By.cssSelector(".languages")).getText()).isEqualTo("en ru zh es pt tr");
        assertThat(chrome.findElement(By.id("count")).getText()).startsWith(rows.size() + " of " + rows.size());
        HeadlessChrome.screenshot(chrome, Path.of("..", "docs", "console", "knowledge.png"));

        chrome.findElement(By.id("title")).sendKeys("deposit");
        chrome.findElement(By.cssSelector("form.filters button")).click();
        assertThat(chrome.findElements(By.cssSelector("#entries tbody tr")))
                .isNotEmpty()
                .hasSizeLessThan(rows.size())
                .allSatisfy(r -> assertThat(r.getText().toLowerCase()).contains("deposit"));
        assertThat(severeBrowserLogs()).isEmpty();
    }

    @Test
    void anAgentIsRefusedTheDashboardPageAndItsChartData() throws Exception {
        ConsoleHttp agent =
                ConsoleHttp.signedIn(base, SIGN_INS.mint(ConsolePersona.AGENT, Set.of(), ConsoleRole.AGENT));

        assertThat(agent.get("/console/dashboard").statusCode()).isEqualTo(403);
        assertThat(agent.get("/console/dashboard?days=7").statusCode()).isEqualTo(403);
        assertThat(agent.get("/console/dashboard/charts?days=30").statusCode()).isEqualTo(403);
        assertThat(agent.get("/console/knowledge").statusCode()).isEqualTo(200);
    }

    @Test
    void aVisitorIsSentToSignInFromTheKnowledgeViewAndTheChartData() throws Exception {
        ConsoleHttp visitor = ConsoleHttp.anonymous(base);

        assertThat(visitor.get("/console/knowledge").statusCode()).isEqualTo(302);
        assertThat(visitor.get("/console/dashboard/charts").statusCode()).isEqualTo(302);
    }

    @Test
    void aSupervisorGetsChartDataAndARangeOtherThanTheChoicesIsRefusedInOneLine() throws Exception {
        ConsoleHttp supervisor =
                ConsoleHttp.signedIn(base, SIGN_INS.mint(SUPERVISOR, Set.of(), ConsoleRole.SUPERVISOR));

        var charts = supervisor.get("/console/dashboard/charts?days=90");
        assertThat(charts.statusCode()).isEqualTo(200);
        assertThat(charts.body())
                .contains("\"volume\"")
                .contains("\"kind\":\"bar\"")
                .doesNotContain("Hello, I am");
        var refused = supervisor.get("/console/dashboard/charts?days=31");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("days must be one of [7, 30, 90], not 31");
        assertThat(supervisor.get("/console/dashboard?days=abc").body())
                .contains("days must be one of [7, 30, 90], not abc");
        assertThat(supervisor.get("/console/knowledge?missing=de").statusCode()).isEqualTo(400);
    }

    private static void signIn(UserRef user, ConsoleRole role) {
        chrome.manage().deleteAllCookies();
        ConsoleBrowser.signIn(chrome, base, SIGN_INS.mint(user, Set.of(), role));
    }

    private static List<String> severeBrowserLogs() {
        return chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // the browser's own request for a site icon, which the console does not have
                .filter(e -> !e.getMessage().contains("/favicon.ico"))
                .map(LogEntry::getMessage)
                .toList();
    }

    private static List<Decision> say(Bot bot, UserRef member, String text) {
        return bot.handle(InboundMessage.builder(
                        new MessageRef(privateChat(member), UUID.randomUUID().toString()), member, Instant.now())
                .text(text)
                .build());
    }

    private static UserRef member(String name) {
        return new UserRef(Platform.CONSOLE, name, name, name, false);
    }

    private static ChatRef privateChat(UserRef member) {
        return new ChatRef(Platform.CONSOLE, member.id(), ChatType.PRIVATE);
    }
}
