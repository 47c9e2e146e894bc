package dev.watchkeeper.config.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.watchkeeper.config.WatchkeeperConfiguration;
import dev.watchkeeper.config.bot.PlatformRunner;
import dev.watchkeeper.core.conversation.ConversationEngine;
import dev.watchkeeper.core.decision.Answer;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.ChatRef;
import dev.watchkeeper.core.model.ChatType;
import dev.watchkeeper.core.model.InboundMessage;
import dev.watchkeeper.core.model.Platform;
import dev.watchkeeper.core.model.UserRef;
import dev.watchkeeper.core.moderation.ModerationSettings;
import dev.watchkeeper.core.ticket.model.TicketSettings;
import dev.watchkeeper.telegram.TelegramSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The token turns the Telegram adapter on, against a minimal Bot API on 127.0.0.1. */
class TelegramConfigurationIT {
    private static final String TOKEN = "42:config-test";
    private final List<String> methods = new CopyOnWriteArrayList<>();
    private final HttpServer api = botApi();

    @AfterEach
    void stop() {
        api.stop(0);
    }

    @Test
    void aTokenStartsTheAdapterWithItsChatsAndModerators() {
        try (ConfigurableApplicationContext context = start(
                "--watchkeeper.telegram.staff-chat-id=-1002",
                "--watchkeeper.telegram.moderation-chat-id=-1003",
                "--watchkeeper.telegram.community-chat-ids=-1001",
                "--watchkeeper.telegram.moderator-user-ids=77,78")) {
            assertThat(context.getBeansOfType(PlatformRunner.class).values())
                    .extracting(PlatformRunner::name)
                    .containsExactly("Telegram @wk_bot");
            assertThat(context.getBean(TicketSettings.class)
                            .staffChats()
                            .getFirst()
                            .id())
                    .isEqualTo("-1002");
            ModerationSettings moderation = context.getBean(ModerationSettings.class);
            assertThat(moderation
                            .moderatorChatFor(Platform.TELEGRAM)
                            .orElseThrow()
                            .id())
                    .isEqualTo("-1003");
            assertThat(moderation.moderators().isModerator(UserRef.member(Platform.TELEGRAM, "77"), Set.of()))
                    .isTrue();
            assertThat(moderation
                            .moderators()
                            .isModerator(UserRef.member(Platform.TELEGRAM, "5"), Set.of("administrator")))
                    .isTrue();
            assertThat(context.getBean(TelegramSettings.class).adminRoleChats())
                    .containsExactlyInAnyOrder(-1001L, -1002L, -1003L);
            assertThat(context.getBean(TicketSettings.class).botHandle(Platform.TELEGRAM))
                    .contains("wk_bot");
            assertThat(context.getBean(TelegramProperties.class).toString()).doesNotContain(TOKEN);
            assertThat(methods).contains("getme", "setmycommands");
        }
    }

    @Test
    void aQuestionMentioningTheHandleTelegramToldGetsThePrivateAnswer() {
        try (ConfigurableApplicationContext context = start()) {
            ConversationEngine engine = context.getBean(ConversationEngine.class);
            ChatRef group = new ChatRef(Platform.TELEGRAM, "-1001", ChatType.GROUP);
            ChatRef direct = new ChatRef(Platform.TELEGRAM, "5", ChatType.PRIVATE);
            UserRef member = UserRef.member(Platform.TELEGRAM, "5");

            Answer inPrivate = (Answer)
                    ask(engine, InboundMessage.text("1", direct, member, "my deposit has not arrived", Instant.now()))
                            .getFirst();
            Answer inGroup = (Answer) ask(
                            engine,
                            InboundMessage.text("2", group, member, "@wk_bot my deposit has not arrived", Instant.now())
                                    .withMention())
                    .getFirst();

            assertThat(inGroup.entryId()).isEqualTo(inPrivate.entryId());
            assertThat(inGroup.confidence()).isEqualTo(inPrivate.confidence());
        }
    }

    private static List<Decision> ask(ConversationEngine engine, InboundMessage message) {
        return engine.handle(message.inLanguage(engine.languageOf(message)));
    }

    @Test
    void withoutCommunityChatsOnlyTheStaffAndModeratorsChatsGrantTheAdminRole() {
        try (ConfigurableApplicationContext context = start("--watchkeeper.telegram.moderation-chat-id=-1003")) {
            assertThat(context.getBean(TelegramSettings.class).adminRoleChats()).containsExactly(-1003L);
        }
    }

    @Test
    void servesTheWebhookAndChecksItsSecret() throws Exception {
        try (ConfigurableApplicationContext context = start(
                "--watchkeeper.telegram.mode=webhook",
                "--watchkeeper.telegram.webhook.url=https://bot.example.org/telegram/webhook",
                "--watchkeeper.telegram.webhook.secret=hook-secret",
                "--server.port=0",
                "--server.address=127.0.0.1")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            assertThat(methods).contains("setwebhook");
            String update = "{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":1700000000,"
                    + "\"chat\":{\"id\":5,\"type\":\"private\"},\"from\":{\"id\":5,\"is_bot\":false,"
                    + "\"first_name\":\"Kim\"},\"text\":\"/help\"}}";

            assertThat(post(port, null, update)).isEqualTo(401);
            assertThat(post(port, "wrong", update)).isEqualTo(401);
            assertThat(post(port, "hook-secret", update)).isEqualTo(200);
        }
    }

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--watchkeeper.telegram.token=" + TOKEN,
                "--watchkeeper.telegram.api-url=http://127.0.0.1:"
                        + api.getAddress().getPort(),
                "--watchkeeper.kb.hot-reload=false"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(WatchkeeperConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    private static int post(int port, String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    private HttpServer botApi() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/bot" + TOKEN + "/", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    String path = exchange.getRequestURI().getPath();
                    String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
                    methods.add(method);
                    String result =
                            switch (method) {
                                case "getme" ->
                                    "{\"id\":4242,\"is_bot\":true,\"first_name\":\"WK\",\"username\":\"wk_bot\"}";
                                case "getupdates" -> {
                                    pause();
                                    yield "[]";
                                }
                                default -> "true";
                            };
                    byte[] bytes = ("{\"ok\":true,\"result\":" + result + "}").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, bytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(3));
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
