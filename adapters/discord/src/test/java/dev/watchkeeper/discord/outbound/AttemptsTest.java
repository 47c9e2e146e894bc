package dev.watchkeeper.discord.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.Response;
import net.dv8tion.jda.api.requests.RestAction;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AttemptsTest {
    private final Attempts attempts = new Attempts(Duration.ofMillis(10));
    private final Answers discord = new Answers();

    @AfterEach
    void stop() {
        attempts.stop();
    }

    @Test
    void makesARequestAgainUntilDiscordAnswersAfterNetworkAndServerErrors() throws Exception {
        discord.fail(network()).fail(status(500, "{\"message\":\"500: Internal Server Error\",\"code\":0}"));
        discord.succeed("made");

        CompletableFuture<String> result = attempts.submit(discord::request);

        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("made");
        assertThat(discord.asked).isEqualTo(3);
    }

    @Test
    void takesDiscordsRefusalAsFinalAtOnce() throws Exception {
        ErrorResponseException refused =
                status(403, "{\"message\":\"Cannot send messages to this user\",\"code\":50007}");
        discord.fail(refused);

        CompletableFuture<String> result = attempts.submit(discord::request);

        Throwable failure = result.handle((ok, e) -> Attempts.unwrapped(e)).get(5, TimeUnit.SECONDS);
        assertThat(failure).isSameAs(refused);
        assertThat(refused.getErrorResponse()).isEqualTo(ErrorResponse.CANNOT_SEND_TO_USER);
        assertThat(discord.asked).isOne();
    }

    @Test
    void aRequestWaitingToBeMadeAgainEndsStoppedWhenTheAdapterStops() throws Exception {
        Attempts slow = new Attempts(Duration.ofMinutes(1));
        discord.fail(network());
        CompletableFuture<String> result = slow.submit(discord::request);
        while (discord.asked == 0) {
            Thread.sleep(5);
        }

        slow.stop();

        Throwable failure = result.handle((ok, e) -> e).get(5, TimeUnit.SECONDS);
        assertThat(Attempts.stoppedBy(failure)).isTrue();
        assertThat(discord.asked).isOne();
    }

    @Test
    void makesRequestsAgainOnceResumedAfterAStop() throws Exception {
        attempts.stop();
        assertThat(attempts.submit(discord::request)
                        .handle((ok, e) -> Attempts.stoppedBy(e))
                        .get(5, TimeUnit.SECONDS))
                .isTrue();
        discord.fail(network());
        discord.succeed("made after the restart");

        attempts.resume();

        assertThat(attempts.submit(discord::request).get(5, TimeUnit.SECONDS)).isEqualTo("made after the restart");
        assertThat(discord.asked).isEqualTo(2);
    }

    @Test
    void aRefusalCountsAsSettledAndAStopDoesNot() throws Exception {
        var refusals = new java.util.ArrayList<Throwable>();
        ErrorResponseException gone = status(404, "{\"message\":\"Unknown Message\",\"code\":10008}");

        CompletableFuture<?> refused = Attempts.settled(CompletableFuture.failedFuture(gone), refusals::add);
        CompletableFuture<?> stopped =
                Attempts.settled(CompletableFuture.failedFuture(new Attempts.Stopped()), refusals::add);

        assertThat(refused).isCompleted().isNotCompletedExceptionally();
        assertThat(stopped).isCompletedExceptionally();
        assertThat(refusals).containsExactly(gone);
    }

    @Test
    void waitsLongerAfterEachFailureUpToAMinute() {
        Attempts standard = new Attempts();
        assertThat(standard.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(standard.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(standard.after(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(standard.after(7)).isEqualTo(Duration.ofMinutes(1));
        assertThat(standard.after(40)).isEqualTo(Duration.ofMinutes(1));
        standard.stop();
    }

    private static ErrorResponseException network() {
        return ErrorResponseException.create(
                ErrorResponse.SERVER_ERROR, new Response(new IOException("unexpected end of stream"), Set.of()));
    }

    private static ErrorResponseException status(int code, String json) {
        okhttp3.Response http = new okhttp3.Response.Builder()
                .request(new Request.Builder().url("http://127.0.0.1/").build())
                .protocol(Protocol.HTTP_1_1)
                .code(code)
                .message("status " + code)
                .body(ResponseBody.create(json, MediaType.get("application/json")))
                .build();
        Response response = new Response(http, -1, Set.of());
        return ErrorResponseException.create(
                ErrorResponse.fromJSON(response.optObject().orElse(null)), response);
    }

    /** Discord's answers to one request, in turn: failures first, then a result. */
    private static final class Answers {
        private final Deque<Throwable> failures = new ArrayDeque<>();
        private @Nullable String result;
        volatile int asked;

        Answers fail(Throwable failure) {
            failures.add(failure);
            return this;
        }

        void succeed(String answer) {
            result = answer;
        }

        synchronized RestAction<String> request() {
            return new Answer(this);
        }

        synchronized CompletableFuture<String> next() {
            asked++;
            Throwable failure = failures.poll();
            if (failure != null) {
                return CompletableFuture.failedFuture(failure);
            }
            return result == null ? new CompletableFuture<>() : CompletableFuture.completedFuture(result);
        }
    }

    /** A request whose answer comes from {@link Answers}. */
    private record Answer(Answers answers) implements RestAction<String> {
        @Override
        public JDA getJDA() {
            throw new UnsupportedOperationException();
        }

        @Override
        public RestAction<String> setCheck(@Nullable BooleanSupplier checks) {
            return this;
        }

        @Override
        public void queue(@Nullable Consumer<? super String> success, @Nullable Consumer<? super Throwable> failure) {
            submit(true).whenComplete((ok, e) -> {
                if (e == null && success != null) {
                    success.accept(ok);
                } else if (e != null && failure != null) {
                    failure.accept(e);
                }
            });
        }

        @Override
        public String complete(boolean shouldQueue) {
            return submit(shouldQueue).join();
        }

        @Override
        public CompletableFuture<String> submit(boolean shouldQueue) {
            return answers.next();
        }
    }
}
