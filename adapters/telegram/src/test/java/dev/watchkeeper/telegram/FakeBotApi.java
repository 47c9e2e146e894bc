package dev.watchkeeper.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A Bot API server for tests on 127.0.0.1: serves {@code /bot<token>/<method>} (method names
 * matched case-insensitively), long-polls {@code getUpdates} from a queue the test fills, answers
 * the calls the adapter makes with plausible results, can fail the next calls of a method, and
 * records every call with its parameters and the time it arrived. It keeps the messages it was
 * asked to send, so that they can be edited ({@code editMessageText}) and pinned ({@code
 * pinChatMessage}, {@code unpinChatMessage}) as Telegram does, refusing a message it does not
 * have with Telegram's 400. Gives at most {@code limit}
 * updates a poll, as Telegram does. {@linkplain #redelivering() Redelivering}, it keeps what it
 * handed out until a poll's {@code offset} confirms it, as Telegram does, so that a bot killed with
 * updates in hand gets them again. Public, in the test-jar, for the benchmarks' load run and the
 * application's kill tests.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final String TOKEN = "123456:TEST-token";
    public static final long BOT_ID = 1000;
    public static final String BOT_USERNAME = "watchkeeper";

    /** One recorded call; {@code at} is its arrival ({@link System#nanoTime()}). */
    public record Call(String method, Map<String, Object> params, long at) {
        public String text() {
            return String.valueOf(params.get("text"));
        }

        public String chatId() {
            return String.valueOf(params.get("chat_id"));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> buttons() {
            Object markup = params.get("reply_markup");
            if (!(markup instanceof Map<?, ?> m)) {
                return List.of();
            }
            List<Map<String, Object>> out = new ArrayList<>();
            for (List<Map<String, Object>> row : (List<List<Map<String, Object>>>) m.get("inline_keyboard")) {
                out.addAll(row);
            }
            return out;
        }

        String action(String labelPart) {
            return buttons().stream()
                    .filter(b -> String.valueOf(b.get("text")).contains(labelPart))
                    .map(b -> String.valueOf(b.get("callback_data")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no button " + labelPart + " in " + buttons()));
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final LinkedBlockingQueue<Object> updates = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<String> brokenBatches = new ConcurrentLinkedQueue<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<String>> failures = new ConcurrentHashMap<>();
    private final Map<Long, Set<Long>> admins = new ConcurrentHashMap<>();
    private final AtomicInteger nextMessageId = new AtomicInteger(5000);
    private final AtomicInteger nextUpdateId = new AtomicInteger(1);
    private final AtomicInteger nextTopic = new AtomicInteger(77);
    private final AtomicLong highestOffset = new AtomicLong();
    private final Map<Long, Long> handedOutAt = new ConcurrentHashMap<>();
    /** Handed out and not confirmed yet, by update id; only kept when redelivering. */
    private final java.util.TreeMap<Long, Object> unconfirmed = new java.util.TreeMap<>();

    /** The text of every message sent, by chat id and message id. */
    private final Map<String, Map<Integer, String>> messages = new ConcurrentHashMap<>();
    /** The messages pinned, by chat id. */
    private final Map<String, Set<Integer>> pins = new ConcurrentHashMap<>();

    private final boolean redelivers;
    private volatile boolean closed;

    /** Hands each update out once, whether or not the next poll confirms it. */
    public FakeBotApi() {
        this(false);
    }

    /** Hands updates out again until a poll's {@code offset} confirms them, as Telegram does. */
    public static FakeBotApi redelivering() {
        return new FakeBotApi(true);
    }

    private FakeBotApi(boolean redelivers) {
        this.redelivers = redelivers;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        // Enough threads that a long poll in progress does not hold up the sends being recorded.
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The users {@code getChatAdministrators} lists for a chat, as its creators. */
    public void admins(long chatId, Long... userIds) {
        admins.put(chatId, Set.of(userIds));
    }

    /** The next call of the method fails with this error code, description and retry_after (0 for none). */
    void failNext(String method, int code, String description, int retryAfter) {
        String body = "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\""
                + (retryAfter > 0 ? ",\"parameters\":{\"retry_after\":" + retryAfter + "}" : "") + "}";
        failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ConcurrentLinkedQueue<>())
                .add(body);
    }

    /** Queues an update with the next update id, and returns that id. */
    public int push(Map<String, Object> content) {
        int id = nextUpdateId.getAndIncrement();
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("update_id", id);
        update.putAll(content);
        updates.add(update);
        return id;
    }

    /** Queues an update as raw JSON, exactly as given (a malformed one, say). */
    void pushRaw(String updateJson) {
        updates.add(new RawJson(updateJson));
    }

    /** The next {@code getUpdates} answers with this body, whatever it is, instead of the queue. */
    void breakNextBatch(String body) {
        brokenBatches.add(body);
    }

    private record RawJson(String json) {}

    /** Queues an update with a given id (to deliver one twice). */
    void pushWithId(int id, Map<String, Object> content) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("update_id", id);
        update.putAll(content);
        updates.add(update);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /**
     * The highest {@code offset} a {@code getUpdates} call has asked for: the client confirms with
     * it that every update below it was handled.
     */
    public long confirmedOffset() {
        return highestOffset.get();
    }

    /**
     * When an update was first handed to the bot in a {@code getUpdates} answer ({@link
     * System#nanoTime()}), if it was: its arrival at the bot.
     */
    public java.util.Optional<Long> handedOutAt(long updateId) {
        return java.util.Optional.ofNullable(handedOutAt.get(updateId));
    }

    /** Waits (up to 10 s) for a call matching the predicate and returns the first. */
    public Call await(String method, Predicate<Call> matching) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            for (Call call : calls(method)) {
                if (matching.test(call)) {
                    return call;
                }
            }
            pause();
        }
        throw new AssertionError("no " + method + " call matching; calls were: " + calls());
    }

    static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (path.length != 3 || !path[1].equals("bot" + TOKEN)) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            String method = path[2].toLowerCase(Locale.ROOT);
            long at = System.nanoTime();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, Object> params = params(exchange.getRequestHeaders().getFirst("Content-Type"), body);
            // A call is recorded once the fake's state reflects it, so a test that awaits a call
            // sees what it did (an edit awaited is an edit already applied).
            Call call = method.equals("getupdates") ? null : new Call(method, params, at);
            ConcurrentLinkedQueue<String> failing = failures.get(method);
            String failure = failing == null ? null : failing.poll();
            if (failure != null) {
                reply(exchange, call, 200, failure);
                return;
            }
            String broken = method.equals("getupdates") ? brokenBatches.poll() : null;
            if (broken != null) {
                reply(exchange, call, 200, broken);
                return;
            }
            String result;
            try {
                result = method.equals("getupdates")
                        ? updatesJson(pollUpdates(params))
                        : json.writeValueAsString(result(method, params));
            } catch (BadRequest e) {
                // answered here: the exchange is closed by the time an outer handler runs
                reply(
                        exchange,
                        call,
                        200,
                        "{\"ok\":false,\"error_code\":400,\"description\":\"" + e.getMessage() + "\"}");
                return;
            }
            reply(exchange, call, 200, "{\"ok\":true,\"result\":" + result + "}");
        } catch (RuntimeException e) {
            respond(exchange, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"" + e + "\"}");
        }
    }

    private void reply(HttpExchange exchange, Call call, int status, String body) throws IOException {
        if (call != null) {
            synchronized (this) {
                calls.add(call);
            }
        }
        respond(exchange, status, body);
    }

    /** JSON bodies, and the multipart forms TelegramBots sends for methods that may upload files. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> params(String contentType, byte[] body) throws IOException {
        if (body.length == 0) {
            return Map.of();
        }
        if (contentType == null || !contentType.startsWith("multipart/form-data")) {
            return json.readValue(body, Map.class);
        }
        String boundary = "--" + contentType.substring(contentType.indexOf("boundary=") + 9);
        Map<String, Object> params = new HashMap<>();
        for (String part : new String(body, StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(boundary))) {
            int name = part.indexOf("name=\"");
            int blank = part.indexOf("\r\n\r\n");
            if (name < 0 || blank < 0) {
                continue;
            }
            String key = part.substring(name + 6, part.indexOf('"', name + 6));
            params.put(key, part.substring(blank + 4).strip());
        }
        return params;
    }

    private Object result(String method, Map<String, Object> params) {
        return switch (method) {
            case "getme" -> user(BOT_ID, "Watchkeeper", BOT_USERNAME, true);
            case "sendmessage" -> sentMessage(params);
            case "editmessagetext" -> editedMessage(params);
            case "pinchatmessage" -> pinsOf(params).add(existing(params, "pin"));
            case "unpinchatmessage" -> pinsOf(params).remove(existing(params, "unpin"));
            case "createforumtopic" ->
                Map.of("message_thread_id", nextTopic.getAndIncrement(), "name", params.get("name"), "icon_color", 0);
            case "getchatadministrators" -> {
                long chat = Long.parseLong(String.valueOf(params.get("chat_id")));
                List<Map<String, Object>> members = new ArrayList<>();
                for (Long id : admins.getOrDefault(chat, Set.of())) {
                    members.add(Map.of(
                            "status",
                            "creator",
                            "user",
                            user(id, "Admin", "admin" + id, false),
                            "is_anonymous",
                            false));
                }
                yield members;
            }
            default -> true;
        };
    }

    private String updatesJson(List<Object> batch) throws IOException {
        List<String> parts = new ArrayList<>();
        for (Object update : batch) {
            parts.add(update instanceof RawJson raw ? raw.json() : json.writeValueAsString(update));
        }
        return "[" + String.join(",", parts) + "]";
    }

    private List<Object> pollUpdates(Map<String, Object> params) {
        if (params.get("offset") instanceof Number offset) {
            highestOffset.accumulateAndGet(offset.longValue(), Math::max);
        }
        int limit = params.get("limit") instanceof Number n && n.intValue() > 0 ? n.intValue() : 100;
        List<Object> out = new ArrayList<>();
        try {
            if (redelivers) {
                synchronized (unconfirmed) {
                    unconfirmed.headMap(highestOffset.get()).clear();
                    unconfirmed.values().stream().limit(limit).forEach(out::add);
                }
            }
            Object first = closed || !out.isEmpty() ? null : updates.poll(500, TimeUnit.MILLISECONDS);
            if (first != null) {
                out.add(first);
                updates.drainTo(out, limit - 1);
                if (redelivers) {
                    synchronized (unconfirmed) {
                        for (Object update : out) {
                            unconfirmed.put(idOf(update), update);
                        }
                    }
                }
            }
            long now = System.nanoTime();
            for (Object update : out) {
                if (update instanceof Map<?, ?> map && map.get("update_id") instanceof Number id) {
                    handedOutAt.putIfAbsent(id.longValue(), now);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    private static long idOf(Object update) {
        return update instanceof Map<?, ?> map && map.get("update_id") instanceof Number id ? id.longValue() : -1;
    }

    /** The text of a message the bot sent or edited last, if the fake has it. */
    public java.util.Optional<String> textOf(long chat, int messageId) {
        return java.util.Optional.ofNullable(
                messages.getOrDefault(Long.toString(chat), Map.of()).get(messageId));
    }

    /** A message of the bot's is gone from the chat, as when an admin deletes it. */
    public void deleted(long chat, int messageId) {
        messages.getOrDefault(Long.toString(chat), new HashMap<>()).remove(messageId);
        pins.getOrDefault(Long.toString(chat), new java.util.HashSet<>()).remove(messageId);
    }

    /** The messages pinned in a chat. */
    public Set<Integer> pinned(long chat) {
        return Set.copyOf(pins.getOrDefault(Long.toString(chat), Set.of()));
    }

    /** Refused as Telegram refuses a call on a message it does not have. */
    private static final class BadRequest extends RuntimeException {
        BadRequest(String description) {
            super(description, null, false, false);
        }
    }

    private Set<Integer> pinsOf(Map<String, Object> params) {
        return pins.computeIfAbsent(String.valueOf(params.get("chat_id")), c -> ConcurrentHashMap.newKeySet());
    }

    /** The message id of the call, which must name a message the fake sent. */
    private int existing(Map<String, Object> params, String verb) {
        int id = Integer.parseInt(String.valueOf(params.get("message_id")));
        if (!messages.getOrDefault(String.valueOf(params.get("chat_id")), Map.of())
                .containsKey(id)) {
            throw new BadRequest("Bad Request: message to " + verb + " not found");
        }
        return id;
    }

    private Map<String, Object> editedMessage(Map<String, Object> params) {
        String chat = String.valueOf(params.get("chat_id"));
        int id = existing(params, "edit");
        String text = String.valueOf(params.get("text"));
        if (text.equals(messages.get(chat).get(id))) {
            throw new BadRequest("Bad Request: message is not modified");
        }
        messages.get(chat).put(id, text);
        Map<String, Object> message = message(Long.parseLong(chat), id, text);
        message.put("edit_date", 1_700_000_100);
        return message;
    }

    private Map<String, Object> sentMessage(Map<String, Object> params) {
        long chat = Long.parseLong(String.valueOf(params.get("chat_id")));
        int id = nextMessageId.getAndIncrement();
        String text = String.valueOf(params.get("text"));
        messages.computeIfAbsent(Long.toString(chat), c -> new ConcurrentHashMap<>())
                .put(id, text);
        return message(chat, id, text);
    }

    private static Map<String, Object> message(long chat, int id, String text) {
        Map<String, Object> message = new HashMap<>();
        message.put("message_id", id);
        message.put("date", 1_700_000_000);
        message.put("chat", chat(chat));
        message.put("from", user(BOT_ID, "Watchkeeper", BOT_USERNAME, true));
        message.put("text", text);
        return message;
    }

    public static Map<String, Object> user(long id, String name, String username, boolean bot) {
        return Map.of("id", id, "is_bot", bot, "first_name", name, "username", username);
    }

    public static Map<String, Object> chat(long id) {
        return id > 0
                ? Map.of("id", id, "type", "private", "first_name", "Member")
                : Map.of("id", id, "type", "supergroup", "title", "Chat " + id);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
