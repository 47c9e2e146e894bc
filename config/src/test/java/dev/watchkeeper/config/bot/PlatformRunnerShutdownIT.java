package dev.watchkeeper.config.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.config.web.ConsoleSecurity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stop (SIGTERM in a container) with a webhook post in hand: the web server's graceful shutdown
 * lets the post finish while the platform runners still run, and only then are they stopped.
 */
class PlatformRunnerShutdownIT {

    @Test
    void aWebhookPostInHandFinishesBeforeThePlatformRunnersStop() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SlowWebhookApp.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run("--server.port=0", "--server.address=127.0.0.1", "--server.shutdown=graceful");
        SlowWebhookApp app = context.getBean(SlowWebhookApp.class);
        RecordingRunner runner = context.getBean(RecordingRunner.class);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();

        try (HttpClient client = HttpClient.newHttpClient()) {
            CompletableFuture<HttpResponse<String>> post = client.sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhook"))
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(app.entered.await(10, TimeUnit.SECONDS)).isTrue();

            context.close();

            HttpResponse<String> response = post.get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("handled while the runner ran");
            assertThat(runner.stoppedAt.get()).isGreaterThan(app.finishedAt.get());
        }
    }

    /** With the application's own web security, which serves the webhook without session or CSRF. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @Import(ConsoleSecurity.class)
    @RestController
    static class SlowWebhookApp {
        final CountDownLatch entered = new CountDownLatch(1);
        final AtomicLong finishedAt = new AtomicLong(Long.MAX_VALUE);
        private final RecordingRunner runner;

        SlowWebhookApp(RecordingRunner runner) {
            this.runner = runner;
        }

        @Bean
        static RecordingRunner recordingRunner() {
            return new RecordingRunner();
        }

        @PostMapping("/webhook")
        String receive() throws InterruptedException {
            entered.countDown();
            Thread.sleep(Duration.ofMillis(1500));
            String answer = runner.isRunning() ? "handled while the runner ran" : "the runner had stopped";
            finishedAt.set(System.nanoTime());
            return answer;
        }
    }

    /** Stands for a platform runner: same phase, records when it is stopped. */
    static final class RecordingRunner implements SmartLifecycle {
        final AtomicLong stoppedAt = new AtomicLong();
        private volatile boolean running;

        @Override
        public void start() {
            running = true;
        }

        @Override
        public void stop() {
            running = false;
            stoppedAt.set(System.nanoTime());
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return PlatformRunner.PHASE;
        }
    }
}
