package dev.watchkeeper.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.watchkeeper.core.bot.FailureLog;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Long-polls {@code getUpdates} on one thread and hands each batch to a consumer, confirming it
 * (with the next poll's {@code offset}) once the consumer has returned. Unlike a client that binds
 * the whole batch at once, one malformed update costs that update only: each is read on its own
 * ({@link UpdateReader}); and a body that is not JSON at all is stepped over by the highest
 * {@code update_id} in it, so the bot never stops receiving on one bad batch. Network and server
 * errors are retried with back-off (1 s doubling to 30 s). Thread-safe; {@link #close()} stops
 * the loop and waits briefly for the batch in hand.
 */
final class UpdatePoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(UpdatePoller.class);
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Pattern UPDATE_ID = Pattern.compile("\"update_id\"\\s*:\\s*(\\d+)");
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final OkHttpClient http;
    private final HttpUrl getUpdates;
    private final ObjectMapper json = new ObjectMapper();
    private final UpdateReader reader;
    private final Consumer<List<Update>> consumer;
    private final List<String> allowedUpdates;
    private final int pollSeconds;
    private final FailureLog failures = new FailureLog(log);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile @Nullable Call inFlight;
    private long offset;

    /**
     * @param apiUrl the Bot API server
     * @param pollSeconds how long the server may hold a poll open when there is nothing new
     */
    UpdatePoller(
            HttpUrl apiUrl,
            String token,
            UpdateReader reader,
            List<String> allowedUpdates,
            int pollSeconds,
            Consumer<List<Update>> consumer) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(pollSeconds + 15L, TimeUnit.SECONDS)
                .build();
        this.getUpdates = apiUrl.newBuilder()
                .addPathSegment("bot" + token)
                .addPathSegment("getUpdates")
                .build();
        this.reader = reader;
        this.consumer = consumer;
        this.allowedUpdates = List.copyOf(allowedUpdates);
        this.pollSeconds = pollSeconds;
        this.thread = Thread.ofPlatform().name("telegram-poll").daemon(true).unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (running) {
            try {
                List<Update> batch = poll();
                backoff = FIRST_BACKOFF;
                if (!batch.isEmpty()) {
                    consumer.accept(batch);
                }
            } catch (IOException | RuntimeException e) {
                if (!running) {
                    return;
                }
                failures.failed("polling Telegram for updates (retried after a pause)", "offset " + offset, e);
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** One {@code getUpdates} call: the updates that could be read; the offset moves past all of them. */
    List<Update> poll() throws IOException {
        byte[] request = json.writeValueAsBytes(
                Map.of("offset", offset, "limit", 100, "timeout", pollSeconds, "allowed_updates", allowedUpdates));
        Call call = http.newCall(new Request.Builder()
                .url(getUpdates)
                .post(RequestBody.create(request, JSON))
                .build());
        inFlight = call;
        String body;
        int status;
        try (Response response = call.execute()) {
            status = response.code();
            ResponseBody responseBody = response.body();
            body = responseBody == null ? "" : responseBody.string();
        } finally {
            inFlight = null;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            return stepOver(body, e);
        }
        if (root == null
                || !root.path("ok").asBoolean(false)
                || !root.path("result").isArray()) {
            if (status == 200 && root != null && root.path("ok").asBoolean(false)) {
                return stepOver(body, new IOException("getUpdates result is not a list"));
            }
            throw new IOException("getUpdates failed: " + status + " "
                    + root.path("error_code").asText("") + " "
                    + root.path("description").asText(""));
        }
        List<Update> batch = new ArrayList<>();
        for (JsonNode node : root.get("result")) {
            OptionalLong id = UpdateReader.id(node);
            if (id.isEmpty()) {
                failures.repaired("a Telegram update without an id (skipped)", "offset " + offset);
                continue;
            }
            offset = Math.max(offset, id.getAsLong() + 1);
            reader.read(node).ifPresent(batch::add);
        }
        return batch;
    }

    /** A body nothing can be read from: skip past the highest update id it mentions, if any. */
    private List<Update> stepOver(String body, IOException cause) throws IOException {
        long highest = -1;
        Matcher ids = UPDATE_ID.matcher(body);
        while (ids.find()) {
            try {
                highest = Math.max(highest, Long.parseLong(ids.group(1)));
            } catch (NumberFormatException ignored) {
                // more digits than a long: not an id Telegram gives
            }
        }
        if (highest < offset) {
            throw cause;
        }
        failures.failed(
                "reading a batch of Telegram updates (stepped over up to its highest id)",
                "offset " + offset + " to " + highest,
                cause);
        offset = highest + 1;
        return List.of();
    }

    /** The offset the next poll confirms with: every update below it was handled or skipped. */
    long offset() {
        return offset;
    }

    /** Pauses in short steps, so that closing does not wait out a long back-off. */
    private void sleep(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        while (running && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        Call call = inFlight;
        if (call != null) {
            call.cancel();
        }
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
