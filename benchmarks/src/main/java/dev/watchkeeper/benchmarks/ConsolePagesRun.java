package dev.watchkeeper.benchmarks;

import dev.watchkeeper.core.model.BotCommand;
import dev.watchkeeper.core.model.CaseId;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.MessageRef;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationCase;
import dev.watchkeeper.core.shield.ScamReason;
import dev.watchkeeper.core.shield.ScamVerdict;
import dev.watchkeeper.core.shield.Signal;
import dev.watchkeeper.core.shield.Verdict;
import dev.watchkeeper.core.signin.ConsoleRole;
import dev.watchkeeper.core.signin.SignInLinks;
import dev.watchkeeper.core.signin.SignInSettings;
import dev.watchkeeper.core.signin.SupervisorRoster;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import dev.watchkeeper.redis.moderation.RedisModerationCaseStore;
import dev.watchkeeper.redis.signin.RedisConsoleSignIns;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The staff console at scale: a real Redis server holding {@code tickets} tickets opened through
 * the bot (members asking for a person) and {@code cases} moderation cases, the packaged
 * application ({@code config/target/watchkeeper.jar}, run as its own process on that Redis, as a
 * second instance would be) serving the console, and an HTTP client signed in with a one-time
 * link issued into the shared Redis by this process. Reports each page's server time as the
 * client sees it on loopback (median, p95, max over {@code requests} requests after a warm-up).
 * How fast a change reaches another instance's open page is measured by {@code
 * ModerationQueueOnRedisIT} and {@code TicketInboxIT}.
 *
 * <p>Arguments: {@code [tickets, default 10000] [cases, default 10000] [requests a page, default
 * 200]}. Run from the repository root after {@code ./mvnw -P bench package -DskipTests}.
 */
public final class ConsolePagesRun {
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-100", ChatType.GROUP);
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern TICKET = Pattern.compile("WK-\\d+");

    private ConsolePagesRun() {}

    public static void main(String[] args) throws Exception {
        int tickets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path jar = Path.of("config/target/watchkeeper.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the application first: ./mvnw -P bench package -DskipTests");
        }
        TestRedis server = TestRedis.startNew("everysec");
        String prefix = "wk-console:";
        RedisStores redis = RedisStores.connect(server.url(), prefix, Duration.ofSeconds(5), 10_000);
        Clock clock = Clock.systemUTC();
        LuceneKnowledgeBase knowledgeBase = LuceneKnowledgeBase.fromFolder(
                Path.of("knowledge/src/main/resources/kb"), new KnowledgeOptions(null, false, Duration.ZERO));
        BenchmarkBot.Stores stores = BenchmarkBot.Stores.onRedis(redis, clock);
        Process app = null;
        try (BenchmarkBot bot = new BenchmarkBot(knowledgeBase, stores)) {
            long started = System.nanoTime();
            String lastTicket = seedTickets(bot, tickets);
            seedCases(new RedisModerationCaseStore(redis), cases);
            System.out.printf(
                    Locale.ROOT,
                    "seeded %d tickets and %d cases in %.1f s%n",
                    tickets,
                    cases,
                    (System.nanoTime() - started) / 1e9);

            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String base = "http://127.0.0.1:" + port;
            app = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            jar.toString(),
                            "--watchkeeper.store=redis",
                            "--watchkeeper.redis.url=" + server.url(),
                            "--watchkeeper.redis.prefix=" + prefix,
                            "--watchkeeper.web.port=" + port,
                            "--server.address=127.0.0.1",
                            "--watchkeeper.kb.hot-reload=false")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            HttpClient client = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            awaitUp(client, base);

            SignInLinks links = new SignInLinks(
                    new RedisConsoleSignIns(redis, clock),
                    new SignInSettings(base, Duration.ofMinutes(5), new SupervisorRoster(Set.of(), Set.of())),
                    clock);
            UserRef lead = new UserRef(Platform.TELEGRAM, "9001", "agent", "Agent", false);
            String token = links.issue(links.grant(
                    lead, Set.of(), Set.of(ConsoleRole.MODERATOR, ConsoleRole.AGENT, ConsoleRole.SUPERVISOR)));
            String csrf = csrf(get(client, base + "/console/sign-in").body());
            HttpResponse<String> signedIn = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/console/sign-in"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-CSRF-TOKEN", csrf)
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302) {
                throw new IllegalStateException("sign-in refused: " + signedIn.statusCode());
            }

            for (String page : List.of(
                    "/console/inbox",
                    "/console/inbox?status=OPEN&platform=TELEGRAM",
                    "/console/queue",
                    "/console/inbox/" + lastTicket)) {
                time(client, base + page, requests);
            }
        } finally {
            if (app != null) {
                app.destroy();
                app.waitFor();
            }
            knowledgeBase.close();
            redis.close();
            server.stop();
        }
    }

    /** Members ask for a person in private; returns the last ticket's id. */
    private static String seedTickets(BenchmarkBot bot, int count) {
        String last = "";
        List<String> questions = List.of(
                "my deposit of 250 USDT did not arrive, tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
                "withdrawal pending for 3 hours",
                "I lost my 2FA phone and cannot log in",
                "sent BNB on the wrong network",
                "KYC rejected again, why?");
        for (int i = 0; i < count; i++) {
            UserRef member =
                    new UserRef(Platform.TELEGRAM, Integer.toString(500_000 + i), "m" + i, "Member " + i, false);
            ChatRef dm = new ChatRef(Platform.TELEGRAM, member.id(), ChatType.PRIVATE);
            for (String text : List.of(questions.get(i % questions.size()), "talk to a person")) {
                var decisions = bot.bot.handle(InboundMessage.builder(
                                new MessageRef(dm, Integer.toString(i * 2 + text.length())), member, Instant.now())
                        .text(text)
                        .command(BotCommand.parse(text, Set.of("watchkeeper")).orElse(null))
                        .build());
                Matcher id = TICKET.matcher(decisions.toString());
                if (id.find()) {
                    last = id.group();
                }
            }
        }
        return last;
    }

    private static void seedCases(RedisModerationCaseStore store, int count) {
        Random random = new Random(7);
        for (int i = 0; i < count; i++) {
            UserRef author =
                    new UserRef(Platform.TELEGRAM, Integer.toString(900_000 + i), "support_" + i, "Support", false);
            ScamVerdict verdict = new ScamVerdict(
                    random.nextInt(4) == 0 ? Verdict.SCAM : Verdict.SUSPICIOUS,
                    0.5 + random.nextDouble() / 2,
                    List.of(new ScamReason(Signal.SECRET_REQUEST, "asks for a seed phrase")));
            CaseId id = store.nextId();
            store.add(ModerationCase.detected(
                    id,
                    verdict,
                    "Hello, I'm from support #" + i + ". DM me your [redacted] to unlock your withdrawal",
                    author,
                    GROUP,
                    new MessageRef(GROUP, Integer.toString(10_000_000 + i)),
                    true,
                    Instant.now().minusSeconds(random.nextInt(86_400))));
        }
    }

    private static void time(HttpClient client, String url, int requests) throws Exception {
        for (int i = 0; i < Math.max(20, requests / 5); i++) {
            ok(get(client, url), url);
        }
        long[] nanos = new long[requests];
        int bytes = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(client, url);
            nanos[i] = System.nanoTime() - start;
            ok(response, url);
            bytes = response.body().length();
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "%-45s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d requests, %d KB)%n",
                url.replaceFirst("http://[^/]+", ""),
                nanos[requests / 2] / 1e6,
                nanos[(int) Math.ceil(requests * 0.95) - 1] / 1e6,
                nanos[requests - 1] / 1e6,
                requests,
                bytes / 1024);
    }

    private static void awaitUp(HttpClient client, String base) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get(client, base + "/console/sign-in").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not start within 2 minutes");
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void ok(HttpResponse<String> response, String url) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        return m.group(1);
    }
}
