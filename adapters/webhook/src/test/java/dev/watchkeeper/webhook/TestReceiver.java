package dev.watchkeeper.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on 127.0.0.1 as a helpdesk would run one: it checks each request's signature
 * with a {@link WebhookVerifier}, processes an event the first time its idempotency key arrives
 * and answers a repeat with 200 without processing it again. A script of failures is played first,
 * one per request: a status (with {@code Retry-After}), a dropped connection, or an event processed
 * whose answer is lost (a 503 after processing). For tests in any module (shared through the test
 * jar).
 */
public final class TestReceiver implements AutoCloseable {
    /** One request as it arrived. */
    public record Request(
            String idempotencyKey, String event, String delivery, WebhookVerifier.Result signature, String body) {}

    /** What the receiver does with one request. */
    public sealed interface Failure {
        /** Answers with this status, and {@code Retry-After} if given. */
        record Status(int code, String retryAfter) implements Failure {}

        /** Closes the connection without an answer. */
        record Drop() implements Failure {}

        /** Processes the event and answers 200, as without a script. */
        record Accept() implements Failure {}

        /** Processes the event, then answers 503 as if the answer had been lost. */
        record AnswerLost() implements Failure {}

        static Failure status(int code) {
            return new Status(code, "");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final WebhookVerifier verifier;
    private final Deque<Failure> script = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, String> processed = new LinkedHashMap<>();

    private TestReceiver(String secret) {
        this.verifier = new WebhookVerifier(secret, WebhookVerifier.DEFAULT_TOLERANCE, Clock.systemUTC());
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** A receiver that verifies with {@code secret}. */
    public static TestReceiver start(String secret) {
        return new TestReceiver(secret);
    }

    /** Plays these failures, one per request, before accepting. */
    public synchronized TestReceiver failingFirst(Failure... failures) {
        script.addAll(List.of(failures));
        return this;
    }

    /** Where to post. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
    }

    /** Every request, repeats included, in arrival order. */
    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The bodies of the events processed, once per idempotency key, in processing order. */
    public synchronized List<String> processed() {
        return List.copyOf(processed.values());
    }

    /** The idempotency keys processed, in processing order. */
    public synchronized List<String> processedKeys() {
        return List.copyOf(processed.keySet());
    }

    /** Waits until {@code count} events were processed; false if the time ran out. */
    public boolean awaitProcessed(int count, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (processed.size() < count) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String key = String.valueOf(exchange.getRequestHeaders().getFirst(WebhookHeaders.IDEMPOTENCY_KEY));
        WebhookVerifier.Result signature = verifier.verify(
                exchange.getRequestHeaders().getFirst(WebhookHeaders.SIGNATURE),
                exchange.getRequestHeaders().getFirst(WebhookHeaders.TIMESTAMP),
                body);
        Failure failure;
        synchronized (this) {
            requests.add(new Request(
                    key,
                    String.valueOf(exchange.getRequestHeaders().getFirst(WebhookHeaders.EVENT)),
                    String.valueOf(exchange.getRequestHeaders().getFirst(WebhookHeaders.DELIVERY)),
                    signature,
                    body));
            failure = script.pollFirst();
            if (signature == WebhookVerifier.Result.VALID
                    && (failure == null
                            || failure instanceof Failure.Accept
                            || failure instanceof Failure.AnswerLost)) {
                processed.putIfAbsent(key, body);
                notifyAll();
            }
        }
        int status = signature == WebhookVerifier.Result.VALID ? 200 : 401;
        switch (failure) {
            case null -> {}
            case Failure.Accept accept -> {}
            case Failure.Drop drop -> {
                exchange.close();
                return;
            }
            case Failure.AnswerLost lost -> status = 503;
            case Failure.Status s -> {
                status = s.code();
                if (!s.retryAfter().isEmpty()) {
                    exchange.getResponseHeaders().add("Retry-After", s.retryAfter());
                }
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
