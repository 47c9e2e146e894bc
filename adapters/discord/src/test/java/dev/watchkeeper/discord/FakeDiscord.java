package dev.watchkeeper.discord;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake Discord on 127.0.0.1 for the adapter's integration tests: a REST API (JDK HTTP server)
 * that answers what JDA asks and records every call, and a gateway (WebSocket, JSON, no
 * compression) that says HELLO, READY and GUILD_CREATE for one server (its system channel is
 * {@link #GENERAL}), acknowledges heartbeats,
 * and dispatches the events a test sends. It keeps the messages the bot posts in server channels,
 * so that they can be edited and pinned as Discord does, answering a message it does not have with
 * Discord's 404 (10008), and it can refuse pins in a channel (403, 50013). Like Discord, it creates
 * a message once for a nonce sent with {@code enforce_nonce}, answering a repeat with the first
 * message; and it can fail every REST request but the gateway's and the bot's identity ({@link
 * Outage}), or make messages and lose the answers, as when the connection drops with the request
 * in flight.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String GUILD = "100";
    static final String BOT_ROLE = "120";
    static final String MODERATOR_ROLE = "110";
    public static final String STAFF_CHANNEL = "200";
    public static final String MOD_LOG = "201";
    public static final String GENERAL = "202";
    public static final String BOT = "900";

    /** One REST request JDA made. */
    public record Call(String method, String path, JsonNode body) {
        public String content() {
            return body.path("content").asString("");
        }
    }

    /**
     * A message the fake made (not a repeat of a nonce it had seen, not a refused request).
     *
     * @param replyTo the id of the message it replies to; empty for none
     */
    public record Created(String channel, String id, String content, String nonce, String replyTo) {}

    /** How the REST API fails; the gateway stays up. */
    public enum Outage {
        /** Answers as Discord does. */
        NONE,
        /** Answers 500 (Internal Server Error) to everything but the gateway's and the bot's identity. */
        REFUSING,
        /** Closes the connection without an answer, as an unreachable Discord does. */
        UNREACHABLE,
        /** Makes messages as asked, then closes the connection before answering. */
        LOSING_ANSWERS
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOW = OffsetDateTime.now(ZoneOffset.UTC).toString();

    private final HttpServer rest;
    private final Gateway gateway;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(5_000);
    private volatile int identifiedIntents = -1;
    private final java.util.Set<String> closedDirectMessages = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile long threadCreationDelayMillis;
    private volatile long messageAnswerDelayMillis;
    private final java.util.Set<String> tooManyRequests = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile Outage outage = Outage.NONE;
    private final List<Created> created = new CopyOnWriteArrayList<>();
    /** The message each nonce made, by channel and nonce. */
    private final Map<String, Map<String, Object>> byNonce = new java.util.concurrent.ConcurrentHashMap<>();
    /** The content of each message the bot posted in a server channel, by message id. */
    private final Map<String, String> posted = new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.Set<String> pinned = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> pinsRefused = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public FakeDiscord() throws IOException, InterruptedException {
        rest = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        rest.setExecutor(Executors.newFixedThreadPool(4));
        rest.createContext("/", this::onRest);
        rest.start();
        gateway = new Gateway();
        gateway.setReuseAddr(true);
        gateway.start();
        gateway.started.await();
    }

    public String restUrl() {
        return "http://127.0.0.1:" + rest.getAddress().getPort() + "/api/v10/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    /**
     * Adapter settings for this fake: its server, staff and moderation-log channels and moderator
     * role, one shard, joins checked.
     */
    public DiscordSettings settings() {
        return new DiscordSettings(
                "test-token",
                GUILD,
                MOD_LOG,
                STAFF_CHANNEL,
                java.util.Set.of(MODERATOR_ROLE),
                restUrl(),
                gatewayUrl(),
                1,
                0,
                0,
                "watchkeeper",
                true);
    }

    /** A fresh snowflake of the current time (JDA reads times, and interaction expiry, from ids). */
    String nextId() {
        long sinceDiscordEpoch = System.currentTimeMillis() - 1_420_070_400_000L;
        return Long.toString((sinceDiscordEpoch << 22) | (ids.incrementAndGet() & 0x3FFFFF));
    }

    /** Refuses DMs to this user as Discord does for a member who does not accept them (50007). */
    void closeDirectMessagesOf(String userId) {
        closedDirectMessages.add(userId);
    }

    /** The next request of this method and path is answered 429 (Too Many Requests), retry after 1 s. */
    public void tooManyRequestsOnce(String method, String path) {
        tooManyRequests.add(method + " " + path);
    }

    /**
     * Answers each request to post a message this much later, once the message is made, as a slow
     * network does: a client stopped meanwhile never learns that it was.
     */
    public void answerMessagesAfter(long millis) {
        messageAnswerDelayMillis = millis;
    }

    /** Answers requests to open a thread this much later, as a busy Discord may. */
    void delayThreadCreation(long millis) {
        threadCreationDelayMillis = millis;
    }

    /** Pins in this channel are refused, as for a bot without the right to pin (403, 50013). */
    void refusePinsIn(String channelId) {
        pinsRefused.add(channelId);
    }

    /** The content of a message the bot posted in a server channel, as last edited. */
    java.util.Optional<String> contentOf(String messageId) {
        return java.util.Optional.ofNullable(posted.get(messageId));
    }

    /** A message of the bot's is gone, as when a moderator deletes it. */
    void removeMessage(String messageId) {
        posted.remove(messageId);
        pinned.remove(messageId);
    }

    /** Whether a message is pinned. */
    boolean isPinned(String messageId) {
        return pinned.contains(messageId);
    }

    /** The gateway intents JDA asked for when it identified, as Discord's bit set; -1 before. */
    int identifiedIntents() {
        return identifiedIntents;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** From now on the REST API fails this way (or, with {@link Outage#NONE}, no longer fails). */
    public void outage(Outage outage) {
        this.outage = outage;
    }

    /** The messages made, in order; a request repeated with its nonce made one. */
    public List<Created> created() {
        return List.copyOf(created);
    }

    /** Waits up to five seconds for a REST call that matches. */
    public Call await(String description, Predicate<Call> matches) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            for (Call call : calls) {
                if (matches.test(call)) {
                    return call;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no REST call " + description + " among " + summary());
    }

    /** Waits up to five seconds for a call with this method and path that matches. */
    public Call await(String method, String path, Predicate<Call> matches) throws InterruptedException {
        return await(
                method + " " + path, c -> c.method().equals(method) && c.path().equals(path) && matches.test(c));
    }

    private String summary() {
        return calls.stream().map(c -> c.method() + " " + c.path()).toList().toString();
    }

    // ---- gateway events --------------------------------------------------------------------

    public void dispatch(String type, Map<String, Object> data) {
        gateway.dispatch(type, data);
    }

    public static Map<String, Object> user(String id, String name, boolean bot) {
        return map("id", id, "username", name, "global_name", name, "discriminator", "0", "avatar", null, "bot", bot);
    }

    static Map<String, Object> member(List<String> roles) {
        return map("roles", roles, "joined_at", NOW, "deaf", false, "mute", false, "flags", 0, "pending", false);
    }

    /** A member's message in a server channel (or a thread of it). */
    public Map<String, Object> guildMessage(
            String channelId, Map<String, Object> author, List<String> roles, String text) {
        Map<String, Object> message = message(channelId, author, text);
        message.put("guild_id", GUILD);
        message.put("member", member(roles));
        return message;
    }

    Map<String, Object> message(String channelId, Map<String, Object> author, String text) {
        return map(
                "id",
                nextId(),
                "channel_id",
                channelId,
                "author",
                author,
                "content",
                text,
                "timestamp",
                NOW,
                "edited_timestamp",
                null,
                "tts",
                false,
                "mention_everyone",
                false,
                "mentions",
                List.of(),
                "mention_roles",
                List.of(),
                "attachments",
                List.of(),
                "embeds",
                List.of(),
                "pinned",
                false,
                "type",
                0,
                "flags",
                0,
                "components",
                List.of());
    }

    /** A slash command used in a server channel. */
    Map<String, Object> slashCommand(
            String channelId, Map<String, Object> user, String name, Map<String, String> options) {
        List<Object> opts = new ArrayList<>();
        options.forEach((k, v) -> opts.add(map("name", k, "type", 3, "value", v)));
        return interaction(
                2, channelId, 0, user, List.of(), map("id", nextId(), "name", name, "type", 1, "options", opts));
    }

    /** A user joining a server ({@code GUILD_MEMBER_ADD}). */
    static Map<String, Object> joinedMember(String guildId, Map<String, Object> user) {
        Map<String, Object> member = member(List.of());
        member.put("user", user);
        member.put("guild_id", guildId);
        return member;
    }

    /** A button pressed on a message in a server channel or thread ({@code channelType} 0 or 12). */
    Map<String, Object> button(
            String channelId, int channelType, Map<String, Object> user, List<String> roles, String customId) {
        Map<String, Object> pressed =
                interaction(3, channelId, channelType, user, roles, map("custom_id", customId, "component_type", 2));
        pressed.put("message", guildMessage(channelId, user(BOT, "watchkeeper", true), List.of(BOT_ROLE), "card"));
        return pressed;
    }

    /** A button pressed in a member's DM with the bot. */
    Map<String, Object> dmButton(String dmChannelId, Map<String, Object> user, String customId) {
        Map<String, Object> pressed = map(
                "id",
                nextId(),
                "application_id",
                BOT,
                "type",
                3,
                "token",
                "token-" + ids.incrementAndGet(),
                "version",
                1,
                "channel_id",
                dmChannelId,
                "channel",
                map("id", dmChannelId, "type", 1, "recipients", List.of(user)),
                "user",
                user,
                "data",
                map("custom_id", customId, "component_type", 2),
                "locale",
                "en-US",
                "app_permissions",
                "0",
                "entitlements",
                List.of(),
                "authorizing_integration_owners",
                map("1", "1"),
                "context",
                1);
        pressed.put("message", message(dmChannelId, user(BOT, "watchkeeper", true), "rate"));
        return pressed;
    }

    /** A submitted modal with one text field. */
    Map<String, Object> modal(
            String channelId,
            int channelType,
            Map<String, Object> user,
            List<String> roles,
            String modalId,
            String field,
            String value) {
        Map<String, Object> text = map("type", 4, "id", 2, "custom_id", field, "value", value);
        return interaction(
                5,
                channelId,
                channelType,
                user,
                roles,
                map("custom_id", modalId, "components", List.of(map("type", 18, "id", 1, "component", text))));
    }

    private Map<String, Object> interaction(
            int type,
            String channelId,
            int channelType,
            Map<String, Object> user,
            List<String> roles,
            Map<String, Object> data) {
        Map<String, Object> member = member(roles);
        member.put("user", user);
        member.put("permissions", "0");
        Map<String, Object> channel = map(
                "id",
                channelId,
                "type",
                channelType,
                "guild_id",
                GUILD,
                "name",
                "channel-" + channelId,
                "permission_overwrites",
                List.of(),
                "position",
                0);
        if (channelType == 12) {
            channel.put("parent_id", STAFF_CHANNEL);
            channel.put("thread_metadata", threadMetadata(false));
        }
        return map(
                "id",
                nextId(),
                "application_id",
                BOT,
                "type",
                type,
                "token",
                "token-" + ids.incrementAndGet(),
                "version",
                1,
                "guild",
                map("id", GUILD, "locale", "en-US", "features", List.of()),
                "guild_id",
                GUILD,
                "channel_id",
                channelId,
                "channel",
                channel,
                "member",
                member,
                "data",
                data,
                "locale",
                "en-US",
                "guild_locale",
                "en-US",
                "app_permissions",
                "8",
                "entitlements",
                List.of(),
                "authorizing_integration_owners",
                map("0", GUILD),
                "context",
                0);
    }

    // ---- REST --------------------------------------------------------------------------------

    private void onRest(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath().replaceFirst("^/api/v10", "");
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        JsonNode body = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        Call call = new Call(method, path, body);
        Outage failing = outage;
        boolean essential = path.equals("/users/@me") || path.startsWith("/gateway") || path.endsWith("/commands");
        if (!essential && failing == Outage.REFUSING) {
            reply(
                    exchange,
                    call,
                    500,
                    "{\"message\":\"500: Internal Server Error\",\"code\":0}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!essential && failing == Outage.UNREACHABLE) {
            calls.add(call);
            exchange.close();
            return;
        }
        if (tooManyRequests.remove(method + " " + path)) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            exchange.getResponseHeaders().add("X-RateLimit-Limit", "5");
            exchange.getResponseHeaders().add("X-RateLimit-Remaining", "0");
            exchange.getResponseHeaders().add("X-RateLimit-Reset-After", "1");
            exchange.getResponseHeaders().add("X-RateLimit-Bucket", "fake-bucket");
            exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
            reply(
                    exchange,
                    call,
                    429,
                    "{\"message\":\"You are being rate limited.\",\"retry_after\":1.0,\"global\":false}"
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (method.equals("POST")
                && path.startsWith("/channels/7")
                && closedDirectMessages.contains(path.split("/")[2].substring(1))) {
            reply(
                    exchange,
                    call,
                    403,
                    "{\"code\":50007,\"message\":\"Cannot send messages to this user\"}"
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (method.equals("POST") && path.matches("/channels/\\d+/threads") && threadCreationDelayMillis > 0) {
            try {
                Thread.sleep(threadCreationDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean editing = method.equals("PATCH") && path.matches("/channels/\\d+/messages/\\d+");
        if (editing || path.matches("/channels/\\d+/messages/pins/\\d+")) {
            String[] parts = path.split("/");
            String channel = parts[2];
            String id = parts[parts.length - 1];
            if (!posted.containsKey(id)) {
                reply(
                        exchange,
                        call,
                        404,
                        "{\"code\":10008,\"message\":\"Unknown Message\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.contains("/pins/") && method.equals("PUT") && pinsRefused.contains(channel)) {
                reply(
                        exchange,
                        call,
                        403,
                        "{\"code\":50013,\"message\":\"Missing Permissions\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        Object answer = answer(method, path, body);
        // The call is recorded once the fake's state reflects it, so a test that awaits a call
        // sees what it did (an edit awaited is an edit already applied).
        calls.add(call);
        if (messageAnswerDelayMillis > 0 && method.equals("POST") && path.matches("/channels/\\d+/messages")) {
            try {
                Thread.sleep(messageAnswerDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!essential && failing == Outage.LOSING_ANSWERS) {
            exchange.close();
            return;
        }
        if (answer == null) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else {
            respond(exchange, 200, JSON.writeValueAsBytes(answer));
        }
    }

    private void reply(HttpExchange exchange, Call call, int status, byte[] json) throws IOException {
        calls.add(call);
        respond(exchange, status, json);
    }

    private static void respond(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream stream = exchange.getResponseBody()) {
            stream.write(json);
        }
        exchange.close();
    }

    private Object answer(String method, String path, JsonNode body) {
        if (path.equals("/users/@me")) {
            return user(BOT, "watchkeeper", true);
        }
        if (path.equals("/gateway/bot") || path.equals("/gateway")) {
            return map(
                    "url",
                    gatewayUrl(),
                    "shards",
                    1,
                    "session_start_limit",
                    map("total", 1000, "remaining", 1000, "reset_after", 0, "max_concurrency", 1));
        }
        if (path.endsWith("/commands")) {
            return List.of();
        }
        if (method.equals("POST") && path.equals("/users/@me/channels")) {
            String recipient = body.path("recipient_id").asString();
            return map(
                    "id",
                    dmChannelOf(recipient),
                    "type",
                    1,
                    "last_message_id",
                    null,
                    "recipients",
                    List.of(user(recipient, "member-" + recipient, false)));
        }
        if (method.equals("POST") && path.matches("/channels/\\d+/threads")) {
            return thread(nextId(), body.path("name").asString(), false);
        }
        if (method.equals("PATCH") && path.matches("/channels/\\d+")) {
            return thread(
                    path.substring("/channels/".length()),
                    "ticket",
                    body.path("archived").asBoolean(false));
        }
        if (method.equals("POST") && path.matches("/channels/\\d+/messages")) {
            String channel = path.split("/")[2];
            String nonce = body.path("nonce").asString("");
            boolean enforced = body.path("enforce_nonce").asBoolean(false) && !nonce.isEmpty();
            Map<String, Object> earlier = enforced ? byNonce.get(channel + "/" + nonce) : null;
            if (earlier != null) {
                return earlier;
            }
            Map<String, Object> sent = message(
                    channel,
                    user(BOT, "watchkeeper", true),
                    body.path("content").asString(""));
            if (!channel.startsWith("7")) {
                sent.put("guild_id", GUILD);
                posted.put((String) sent.get("id"), (String) sent.get("content"));
            }
            if (enforced) {
                byNonce.put(channel + "/" + nonce, sent);
            }
            created.add(new Created(
                    channel,
                    (String) sent.get("id"),
                    (String) sent.get("content"),
                    nonce,
                    body.path("message_reference").path("message_id").asString("")));
            return sent;
        }
        if (path.matches("/channels/\\d+/messages/pins/\\d+")) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            if (method.equals("PUT")) {
                pinned.add(id);
            } else {
                pinned.remove(id);
            }
            return null;
        }
        if (method.equals("PATCH") && path.matches("/channels/\\d+/messages/\\d+")) {
            String[] parts = path.split("/");
            String id = parts[4];
            posted.put(id, body.path("content").asString(posted.get(id)));
            Map<String, Object> edited = message(parts[2], user(BOT, "watchkeeper", true), posted.get(id));
            edited.put("id", id);
            edited.put("guild_id", GUILD);
            edited.put("pinned", pinned.contains(id));
            edited.put("edited_timestamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
            return edited;
        }
        if (path.startsWith("/webhooks/") && !method.equals("DELETE")) {
            return message(
                    GENERAL,
                    user(BOT, "watchkeeper", true),
                    body.path("content").asString(""));
        }
        return null;
    }

    /** The DM channel id the fake gives a member: 7 followed by their user id. */
    static String dmChannelOf(String userId) {
        return "7" + userId;
    }

    private Map<String, Object> thread(String id, String name, boolean archived) {
        return map(
                "id",
                id,
                "type",
                12,
                "guild_id",
                GUILD,
                "parent_id",
                STAFF_CHANNEL,
                "name",
                name,
                "owner_id",
                BOT,
                "last_message_id",
                null,
                "message_count",
                0,
                "total_message_sent",
                0,
                "member_count",
                1,
                "rate_limit_per_user",
                0,
                "flags",
                0,
                "thread_metadata",
                threadMetadata(archived));
    }

    private static Map<String, Object> threadMetadata(boolean archived) {
        return map(
                "archived",
                archived,
                "auto_archive_duration",
                1440,
                "archive_timestamp",
                NOW,
                "locked",
                archived,
                "invitable",
                false,
                "create_timestamp",
                NOW);
    }

    // ---- the gateway ---------------------------------------------------------------------------

    private Map<String, Object> ready() {
        return map(
                "v",
                10,
                "user",
                user(BOT, "watchkeeper", true),
                "guilds",
                List.of(map("id", GUILD, "unavailable", true)),
                "session_id",
                "session-1",
                "resume_gateway_url",
                gatewayUrl(),
                "application",
                map("id", BOT, "flags", 0),
                "private_channels",
                List.of(),
                "shard",
                List.of(0, 1));
    }

    private Map<String, Object> guild() {
        Map<String, Object> self = member(List.of(BOT_ROLE));
        self.put("user", user(BOT, "watchkeeper", true));
        List<Object> roles = List.of(
                role(GUILD, "@everyone", 0, 1024L | 2048L | 65536L),
                role(MODERATOR_ROLE, "Moderators", 1, 1024L | 2048L),
                role(BOT_ROLE, "Watchkeeper", 2, 8L));
        List<Object> channels =
                List.of(channel(STAFF_CHANNEL, "staff"), channel(MOD_LOG, "mod-log"), channel(GENERAL, "general"));
        return map(
                "id",
                GUILD,
                "name",
                "Example Exchange",
                "owner_id",
                "1",
                "roles",
                roles,
                "channels",
                channels,
                "threads",
                List.of(),
                "members",
                List.of(self),
                "member_count",
                10,
                "emojis",
                List.of(),
                "stickers",
                List.of(),
                "voice_states",
                List.of(),
                "presences",
                List.of(),
                "guild_scheduled_events",
                List.of(),
                "features",
                List.of(),
                "system_channel_id",
                GENERAL,
                "unavailable",
                false,
                "large",
                false,
                "joined_at",
                NOW,
                "afk_timeout",
                300,
                "premium_progress_bar_enabled",
                false,
                "stage_instances",
                List.of(),
                "soundboard_sounds",
                List.of());
    }

    private static Map<String, Object> role(String id, String name, int position, long permissions) {
        return map(
                "id",
                id,
                "name",
                name,
                "color",
                0,
                "colors",
                map("primary_color", 0),
                "hoist",
                false,
                "position",
                position,
                "permissions",
                Long.toString(permissions),
                "managed",
                false,
                "mentionable",
                false,
                "flags",
                0);
    }

    private static Map<String, Object> channel(String id, String name) {
        return map(
                "id",
                id,
                "type",
                0,
                "guild_id",
                GUILD,
                "name",
                name,
                "position",
                0,
                "permission_overwrites",
                List.of(),
                "parent_id",
                null,
                "topic",
                null,
                "nsfw",
                false,
                "rate_limit_per_user",
                0,
                "last_message_id",
                null);
    }

    /** A map that keeps its order and takes nulls. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private final class Gateway extends WebSocketServer {
        final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        private final AtomicLong sequence = new AtomicLong();
        private volatile WebSocket client;

        Gateway() {
            super(new InetSocketAddress("127.0.0.1", 0));
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket socket, ClientHandshake handshake) {
            client = socket;
            send(socket, map("op", 10, "d", map("heartbeat_interval", 41_250), "s", null, "t", null));
        }

        @Override
        public void onMessage(WebSocket socket, String text) {
            JsonNode payload = JSON.readTree(text);
            switch (payload.path("op").asInt()) {
                case 1 -> send(socket, map("op", 11, "d", null, "s", null, "t", null));
                case 2 -> {
                    identifiedIntents = payload.path("d").path("intents").asInt(-1);
                    dispatch("READY", ready());
                    dispatch("GUILD_CREATE", guild());
                }
                default -> {}
            }
        }

        void dispatch(String type, Map<String, Object> data) {
            WebSocket socket = client;
            if (socket == null) {
                throw new IllegalStateException("JDA is not connected");
            }
            send(socket, map("op", 0, "t", type, "s", sequence.incrementAndGet(), "d", data));
        }

        private void send(WebSocket socket, Map<String, Object> payload) {
            socket.send(new String(JSON.writeValueAsBytes(payload), StandardCharsets.UTF_8));
        }

        @Override
        public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

        @Override
        public void onError(WebSocket socket, Exception e) {}
    }

    @Override
    public void close() {
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rest.stop(0);
    }
}
