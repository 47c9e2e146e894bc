package dev.watchkeeper.config.web;

import static dev.watchkeeper.telegram.FakeBotApi.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.TicketId;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.core.ticket.model.AccountId;
import dev.watchkeeper.core.ticket.model.Ticket;
import dev.watchkeeper.core.ticket.model.TicketStore;
import dev.watchkeeper.core.ticket.model.Turn;
import dev.watchkeeper.telegram.FakeBotApi;
import dev.watchkeeper.telegram.Updates;
import dev.watchkeeper.web.inbox.TicketAction;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ticket inbox in real browsers, with the real Telegram client against the fake Bot API:
 * members ask for a human, an agent claims a ticket and replies from the console, the reply
 * reaches the member, and a second agent's open page shows the new turns without reloading.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TicketInboxIT {
    private static final long STAFF = -1002;
    private static final Map<String, Object> SAM = user(501, "Sam", "sam", false);
    private static final Map<String, Object> ANA = user(502, "Ana", "ana", false);
    private static final Map<String, Object> LEE = user(503, "Lee", "lee", false);
    private static final UserRef ALEX = new UserRef(Platform.TELEGRAM, "700", "alex", "Alex", false);
    private static final UserRef KAI = new UserRef(Platform.TELEGRAM, "710", "kai", "Kai", false);
    private static final UserRef MIA = new UserRef(Platform.TELEGRAM, "900", "mia", "Mia", false);
    private static final String TX = "0x" + "5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060";
    private static final Path SHOTS = Path.of("..", "docs", "console");

    private static final TestSignIns SIGN_INS = new TestSignIns();
    private static FakeBotApi api;
    private static ConfigurableApplicationContext app;
    private static ChromeDriver alex;
    private static ChromeDriver kai;
    private static String base;

    @BeforeAll
    static void start() {
        api = new FakeBotApi();
        app = SIGN_INS.start(
                "--watchkeeper.kb.hot-reload=false",
                "--watchkeeper.telegram.token=" + FakeBotApi.TOKEN,
                "--watchkeeper.telegram.api-url=" + api.url(),
                "--watchkeeper.telegram.staff-chat-id=" + STAFF,
                "--watchkeeper.tickets.agents[0].platform=TELEGRAM",
                "--watchkeeper.tickets.agents[0].id=700",
                "--watchkeeper.tickets.agents[0].username=alex",
                "--watchkeeper.tickets.agents[0].name=Alex",
                "--watchkeeper.tickets.agents[1].platform=TELEGRAM",
                "--watchkeeper.tickets.agents[1].id=710",
                "--watchkeeper.tickets.agents[1].username=kai",
                "--watchkeeper.tickets.agents[1].name=Kai");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        alex = HeadlessChrome.start();
        kai = HeadlessChrome.start();
    }

    @AfterAll
    static void stop() {
        for (ChromeDriver chrome : new ChromeDriver[] {alex, kai}) {
            if (chrome != null) {
                chrome.quit();
            }
        }
        if (app != null) {
            app.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    @Order(1)
    void anAgentClaimsAndRepliesAndASecondAgentSeesItLive() throws Exception {
        api.push(Updates.message(
                501, SAM, "My withdrawal of 250 USDT is stuck, tx " + TX + " shows failed. UID 48213377"));
        api.push(Updates.message(501, SAM, "/human"));
        Ticket sams = awaitTicket(501);
        api.push(Updates.message(502, ANA, "Mi depósito de 0.5 ETH no ha llegado"));
        api.push(Updates.message(502, ANA, "/human"));
        api.push(Updates.message(503, LEE, "I lost access to my 2FA app"));
        api.push(Updates.message(503, LEE, "/human"));
        awaitTicket(502);
        awaitTicket(503);

        signIn(alex, ALEX);
        alex.get(base + "/console/inbox");
        assertThat(alex.findElements(By.cssSelector("table.inbox tbody tr"))).hasSize(3);

        ConsoleBrowser.click(alex, By.linkText(sams.id().value()));
        assertThat(alex.findElement(By.id("turns")).getText()).contains("250 USDT");
        assertThat(alex.findElement(By.cssSelector("dl.context")).getText()).contains(TX, "48213377", "250 USDT");
        assertThat(alex.findElement(By.cssSelector("dl.context a")).getAttribute("href"))
                .isEqualTo("https://etherscan.io/tx/" + TX);
        alex.findElement(By.id("claim")).click();
        awaitTrue(() -> alex.findElement(By.id("assignee")).getText().equals("Claimed by Alex"));
        assertThat(alex.findElement(By.id("notices")).getText()).isEmpty();

        signIn(kai, KAI);
        kai.get(base + "/console/inbox/" + sams.id().value());
        awaitTrue(() -> watchers() >= 2);

        String reply = "Hi Sam, I'm checking the withdrawal with the payments team now.";
        alex.findElement(By.id("reply-text")).sendKeys(reply);
        alex.findElement(By.id("send-reply")).click();
        long sent = System.nanoTime();
        FakeBotApi.Call relayed = api.await(
                "sendMessage", c -> c.chatId().equals("501") && c.text().contains(reply));
        assertThat(relayed.text()).contains(reply);
        long shown = awaitText(kai, reply);
        System.out.printf(
                "Reply shown live in the second browser %d ms after it was sent%n", (shown - sent) / 1_000_000);

        String more = "Thanks! The exchange says the network fee was 1 USDT.";
        api.push(Updates.message(501, SAM, more));
        long stored = awaitStored(501, more);
        long memberShown = awaitText(kai, more);
        System.out.printf(
                "Member's message shown live in the second browser %d ms after it was stored%n",
                (memberShown - stored) / 1_000_000);

        alex.get(base + "/console/inbox/" + sams.id().value());
        screenshot(alex, "ticket.png");
        alex.get(base + "/console/inbox");
        assertThat(alex.findElement(
                                By.cssSelector("tr[data-ticket='" + sams.id().value() + "']"))
                        .getText())
                .contains("Alex", "claimed", "network fee");
        screenshot(alex, "inbox.png");
    }

    @Test
    @Order(2)
    void anAgentInsertsASuggestedAnswerEditsAndSendsItNotesAndClosesAndTransfersAnother() {
        Ticket lees = awaitTicket(503);
        Ticket anas = awaitTicket(502);
        alex.get(base + "/console/inbox?assignee=unassigned&language=en");
        assertThat(alex.findElements(By.cssSelector("table.inbox tbody tr")))
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains(lees.id().value(), "2FA"));
        ConsoleBrowser.click(alex, By.linkText(lees.id().value()));
        alex.findElement(By.id("claim")).click();

        WebElement insert = alex.findElement(By.cssSelector("button[data-insert-text]"));
        String answer = insert.getAttribute("data-insert-text");
        insert.click();
        WebElement box = alex.findElement(By.id("reply-text"));
        assertThat(box.getAttribute("value")).isEqualTo(answer);
        box.sendKeys(" Tell me if the reset form does not load.");
        alex.findElement(By.id("send-reply")).click();
        api.await(
                "sendMessage",
                c -> c.chatId().equals("503") && c.text().contains("Tell me if the reset form does not load."));

        alex.findElement(By.id("note-text")).sendKeys("Member verified by email");
        alex.findElement(By.id("save-note")).click();
        assertThat(alex.findElement(By.id("notices")).getText()).isNotBlank();
        assertThat(alex.findElement(By.cssSelector("#turns .turn.note")).getText())
                .contains("Internal note", "Member verified by email");

        alex.findElement(By.id("close-note")).sendKeys("Sent the 2FA reset form");
        alex.findElement(By.id("close")).click();
        alex.switchTo().alert().accept();
        api.await("sendMessage", c -> c.chatId().equals("503") && c.text().contains("resolved"));
        awaitTrue(() -> alex.findElement(By.id("turns")).getText().contains("Resolved: Sent the 2FA reset form"));
        assertThat(api.calls("sendMessage"))
                .noneMatch(c -> c.text().contains("Member verified by email")
                        && c.chatId().equals("503"));

        alex.get(base + "/console/inbox/" + anas.id().value());
        alex.findElement(By.id("claim")).click();
        alex.findElement(By.id("transfer-to")).sendKeys("@kai");
        alex.findElement(By.cssSelector("form[action$='/transfer'] button")).click();
        awaitTrue(() -> alex.findElement(By.id("assignee")).getText().equals("Claimed by Kai"));
    }

    @Test
    @Order(3)
    void aBadFilterIsNamedOnThePageAndAnUnknownTicketOrActionIsNotFound() throws Exception {
        ConsoleHttp agent = ConsoleHttp.signedIn(base, SIGN_INS.mint(ALEX, Set.of(), ConsoleRole.AGENT));

        HttpResponse<String> bad = agent.get("/console/inbox?sla=late");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("unknown sla &#39;late&#39;: one of breached, at_risk, ok");
        assertThat(agent.get("/console/inbox/WK-99999").statusCode()).isEqualTo(404);
        assertThat(agent.post("/console/inbox/WK-1000/stats", Map.of()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aModeratorWithoutTheAgentRoleIsRefusedTheInbox() throws Exception {
        assertRefused(moderator().get("/console/inbox?assignee=me"));
    }

    @Test
    void aModeratorWithoutTheAgentRoleIsRefusedTheInboxListPart() throws Exception {
        assertRefused(moderator().get("/console/inbox/list"));
    }

    @Test
    void aModeratorWithoutTheAgentRoleIsRefusedATicketsPage() throws Exception {
        assertRefused(moderator().get("/console/inbox/WK-1000"));
    }

    @Test
    void aModeratorWithoutTheAgentRoleIsRefusedATicketsConversation() throws Exception {
        assertRefused(moderator().get("/console/inbox/WK-1000/conversation"));
    }

    @Test
    void aModeratorWithoutTheAgentRoleIsRefusedEveryTicketActionAndNothingChanges() throws Exception {
        ConsoleHttp moderator = moderator();
        TicketStore tickets = app.getBean(TicketStore.class);
        Optional<Ticket> before = tickets.find(TicketId.of("WK", 1000));

        for (TicketAction action : TicketAction.values()) {
            assertRefused(moderator.post("/console/inbox/WK-1000/" + action.segment(), Map.of("text", "x")));
        }
        assertThat(tickets.find(TicketId.of("WK", 1000))).isEqualTo(before);
    }

    @Test
    void aModeratorWithoutTheAgentRoleIsRefusedTheInboxsLiveView() throws Exception {
        assertRefused(moderator().get("/console/live/inbox"));
    }

    @Test
    void aModeratorWithoutTheAgentRoleIsRefusedATicketsLiveView() throws Exception {
        assertRefused(moderator().get("/console/live/ticket?arg=WK-1000"));
    }

    private static ConsoleHttp moderator() throws Exception {
        return ConsoleHttp.signedIn(base, SIGN_INS.mint(MIA, Set.of(), ConsoleRole.MODERATOR));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("WK-1000 ·").doesNotContain("Sam");
    }

    /** A screenshot of the page at 1280x900 CSS pixels, whatever the window's own bars take. */
    private static void screenshot(ChromeDriver chrome, String name) throws java.io.IOException {
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        HeadlessChrome.screenshot(chrome, SHOTS.resolve(name));
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static int watchers() {
        return app.getBean(LiveController.class).watching();
    }

    private static void signIn(ChromeDriver chrome, UserRef who) {
        ConsoleBrowser.signIn(chrome, base, SIGN_INS.mint(who, Set.of(), ConsoleRole.AGENT));
    }

    private static Ticket awaitTicket(long member) {
        TicketStore tickets = app.getBean(TicketStore.class);
        AccountId account = new AccountId(Platform.TELEGRAM, Long.toString(member));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Ticket> open = tickets.openTicketOf(account);
            if (open.isPresent()) {
                return open.get();
            }
            sleep();
        }
        throw new AssertionError("no ticket opened for " + account);
    }

    private static long awaitStored(long member, String text) {
        TicketStore tickets = app.getBean(TicketStore.class);
        AccountId account = new AccountId(Platform.TELEGRAM, Long.toString(member));
        awaitTrue(() -> tickets.openTicketOf(account)
                .map(t -> t.content().transcript().stream()
                        .anyMatch(turn -> turn.speaker() == Turn.Speaker.MEMBER
                                && turn.text().contains(text)))
                .orElse(false));
        return System.nanoTime();
    }

    private static long awaitText(ChromeDriver chrome, String text) {
        awaitTrue(() -> chrome.findElement(By.id("conversation")).getText().contains(text));
        return System.nanoTime();
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // the part was swapped while read: read again
            }
            sleep();
        }
        throw new AssertionError("not within 10 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
