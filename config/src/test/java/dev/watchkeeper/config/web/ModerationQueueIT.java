package dev.watchkeeper.config.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.console.ConsolePersona;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.moderation.ModerationCaseStore;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.telegram.FakeBotApi;
import dev.watchkeeper.telegram.Updates;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The moderation queue in a real browser, with the real Telegram client against the fake Bot
 * API: scams posted in a Telegram group become cases; a moderator sees them with their reasons,
 * bans one (the ban reaches the fake), dismisses one, dismisses two at once, sees a new case appear
 * live, edits the deny list, and reads the member's history and the audit log. Every endpoint of
 * the section refuses a session without the moderator role.
 */
class ModerationQueueIT {
    private static final long GROUP = -1001;
    private static final long STAFF_CHAT = -1002;
    private static final long MODERATION_CHAT = -1003;
    private static final UserRef MIA = new UserRef(Platform.TELEGRAM, "500", "mia", "Moderator Mia", false);
    private static final String SCAM =
            "Hello, I'm from support. DM me your seed phrase to verify your wallet and unlock your withdrawal";
    private static final TestSignIns SIGN_INS = new TestSignIns();
    private static FakeBotApi api;
    private static ConfigurableApplicationContext app;
    private static ModerationCaseStore cases;
    private static ChromeDriver chrome;
    private static String base;

    @BeforeAll
    static void start() {
        api = new FakeBotApi();
        app = SIGN_INS.start(
                "--watchkeeper.kb.hot-reload=false",
                "--watchkeeper.kb.retrieval=lexical",
                "--watchkeeper.telegram.token=" + FakeBotApi.TOKEN,
                "--watchkeeper.telegram.api-url=" + api.url(),
                "--watchkeeper.telegram.staff-chat-id=" + STAFF_CHAT,
                "--watchkeeper.telegram.moderation-chat-id=" + MODERATION_CHAT,
                "--watchkeeper.telegram.community-chat-ids=" + GROUP,
                "--watchkeeper.moderation.moderator-accounts=telegram:" + MIA.id());
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        cases = app.getBean(ModerationCaseStore.class);
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
        if (api != null) {
            api.close();
        }
    }

    @Test
    void aModeratorBansDismissesAndDismissesManyFromTheQueue() throws Exception {
        int before = cases.openCount();
        for (long member = 601; member <= 604; member++) {
            postScam(member);
        }
        await(() -> cases.openCount() == before + 4, "four cases open");
        List<ModerationCase> open = cases.openByUrgency(0, 50);
        ModerationCase banned = open.get(0);
        ModerationCase dismissed = open.get(1);

        signIn();
        chrome.get(base + "/console/queue");
        WebElement row = chrome.findElement(By.id("case-" + banned.id().value()));
        assertThat(row.getText())
                .contains("seed phrase")
                .contains(banned.author().shownName());
        assertThat(row.findElement(By.cssSelector("ul.reasons")).getText()).isNotBlank();
        assertThat(chrome.findElements(By.cssSelector("tr.case"))).hasSizeGreaterThanOrEqualTo(4);
        HeadlessChrome.screenshot(chrome, Path.of("..", "docs", "console", "queue.png"));

        press(banned, "ban");
        FakeBotApi.Call ban =
                api.await("banChatMember", c -> String.valueOf(c.params().get("user_id"))
                        .equals(banned.author().id()));
        assertThat(ban.chatId()).isEqualTo(String.valueOf(GROUP));
        assertThat(api.calls("deleteMessage")).anyMatch(c -> c.chatId().equals(String.valueOf(GROUP)));
        waitUntilGone(banned);
        assertThat(chrome.findElement(By.id("notices")).getText())
                .contains(banned.id().value());

        press(dismissed, "dismiss");
        waitUntilGone(dismissed);
        assertThat(cases.find(dismissed.id()).orElseThrow().status()).isEqualTo(ModerationCase.Status.DISMISSED);

        List<ModerationCase> rest = cases.openByUrgency(0, 50);
        new WebDriverWait(chrome, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    if (!d.findElement(By.id("select-all")).isSelected()) {
                        d.findElement(By.id("select-all")).click();
                    }
                    return d.findElements(By.cssSelector("tr.case input[type=checkbox]")).stream()
                            .allMatch(box -> box.isSelected());
                });
        new Select(chrome.findElement(By.id("bulk-action"))).selectByValue("dismiss");
        ConsoleBrowser.click(chrome, By.id("bulk-apply"));
        new WebDriverWait(chrome, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("tr.case")).isEmpty());
        String notices = chrome.findElement(By.id("notices")).getText();
        rest.forEach(c -> assertThat(notices).contains(c.id().value() + ": dismiss done."));
        assertThat(cases.openCount()).isZero();
        assertThat(api.calls("banChatMember")).hasSize(1);
    }

    @Test
    void aNewCaseAppearsLiveOnAnOpenQueuePage() {
        signIn();
        chrome.get(base + "/console/queue");
        int shown = chrome.findElements(By.cssSelector("tr.case")).size();

        postScam(605);

        new WebDriverWait(chrome, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("tr.case")).size() == shown + 1);
    }

    @Test
    void theDenyListIsEditedAsWithTheChatCommandAndTheHistoryAndAuditShowWhatWasDone() throws Exception {
        postScam(606);
        await(
                () -> cases.openByUrgency(0, 50).stream()
                        .anyMatch(c -> c.author() != null && c.author().id().equals("606")),
                "the member's case open");
        signIn();

        chrome.get(base + "/console/queue/domains");
        chrome.findElement(By.id("domain")).sendKeys("okx-claim.xyz");
        chrome.findElement(By.id("deny")).click();
        assertThat(chrome.findElement(By.id("denied")).getText()).contains("okx-claim.xyz");
        assertThat(chrome.findElement(By.id("notices")).getText()).contains("okx-claim.xyz");
        chrome.findElement(By.cssSelector("button[aria-label='Remove okx-claim.xyz from the deny list']"))
                .click();
        assertThat(chrome.findElement(By.id("denied")).getText()).doesNotContain("okx-claim.xyz");

        chrome.get(base + "/console/queue");
        ModerationCase theirs = cases.openByUrgency(0, 50).stream()
                .filter(c -> c.author() != null && c.author().id().equals("606"))
                .findFirst()
                .orElseThrow();
        press(theirs, "mute");
        api.await("restrictChatMember", c -> String.valueOf(c.params().get("user_id"))
                .equals("606"));
        chrome.get(base + "/console/queue/members/telegram/606");
        assertThat(chrome.findElement(By.cssSelector("table.member-cases")).getText())
                .contains(theirs.id().value())
                .contains("confirmed")
                .contains("mute by Moderator Mia");
        assertThat(chrome.findElement(By.cssSelector("table.audit")).getText())
                .as("the member's audit entries, in the same table as the audit log's")
                .contains("When (UTC)")
                .contains(theirs.id().value());

        chrome.get(base + "/console/queue/audit?action=deny");
        assertThat(chrome.findElement(By.cssSelector("table.audit")).getText())
                .contains("telegram:500")
                .contains("okx-claim.xyz");
    }

    @Test
    void everyEndpointRefusesASessionWithoutTheModeratorRole() throws Exception {
        ConsoleHttp agent =
                ConsoleHttp.signedIn(base, SIGN_INS.mint(ConsolePersona.AGENT, Set.of(), ConsoleRole.AGENT));

        List<HttpResponse<String>> answers = List.of(
                agent.get("/console/queue"),
                agent.get("/console/queue/cases"),
                agent.post("/console/queue/actions", Map.of("press", "MC-1:ban")),
                agent.post("/console/queue/actions", Map.of("ids", "MC-1", "action", "dismiss")),
                agent.get("/console/queue/domains"),
                agent.post("/console/queue/domains", Map.of("edit", "allow", "domain", "example.com")),
                agent.get("/console/queue/audit"),
                agent.get("/console/queue/members/telegram/601"),
                agent.get("/console/live/queue"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode())
                .as(answer.request().method() + " " + answer.uri().getPath())
                .isEqualTo(403));
    }

    private static void postScam(long member) {
        api.push(Updates.message(GROUP, FakeBotApi.user(member, "Member " + member, "member" + member, false), SCAM));
    }

    private static void signIn() {
        ConsoleBrowser.signIn(chrome, base, SIGN_INS.mint(MIA, Set.of(), ConsoleRole.MODERATOR));
    }

    /** Presses a case's button; the list may be refreshed live meanwhile, so a stale row is found again. */
    private static void press(ModerationCase c, String action) {
        new WebDriverWait(chrome, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.id("case-" + c.id().value()))
                            .findElement(By.cssSelector("button[data-action=" + action + "]"))
                            .click();
                    return true;
                });
    }

    private static void waitUntilGone(ModerationCase c) {
        new WebDriverWait(chrome, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("case-" + c.id().value())).isEmpty());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
