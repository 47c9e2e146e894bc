package dev.watchkeeper.config.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.ticket.model.TicketStatus;
import dev.watchkeeper.redis.TestRedis;
import dev.watchkeeper.redis.ticket.RedisTicketStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged application on Redis, killed with SIGKILL mid-run: its ticket is there after a restart. */
class KilledProcessRestartIT {
    private static final Path JAR = Path.of("target", "watchkeeper.jar");
    private static final Pattern NEW_TICKET = Pattern.compile("bot → staff (WK-\\d+): New ticket");

    private final TestRedis redis = TestRedis.shared();
    private final String prefix = TestRedis.freshPrefix();

    @Test
    void aTicketOpenedBeforeKillNineIsStillOpenAfterARestart() throws Exception {
        assertThat(JAR).as("run after package").exists();
        Process demo = start(List.of());
        String ticket;
        try {
            BlockingQueue<String> lines = linesOf(demo);
            Writer member = demo.outputWriter(StandardCharsets.UTF_8);
            member.write("my deposit has not arrived\nI want to talk to a human\n");
            member.flush();
            ticket = awaitTicket(lines);

            demo.destroyForcibly();
            assertThat(demo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            demo.destroyForcibly();
        }
        assertThat(demo.exitValue()).as("killed, not exited").isNotZero();

        Process stats = start(List.of("stats"));
        String report = new String(stats.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(stats.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(report).contains("Tickets: 1");
        try (TestRedis.Connections connections = redis.connections()) {
            assertThat(new RedisTicketStore(connections.open(prefix)).withStatus(TicketStatus.OPEN))
                    .extracting(t -> t.id().toString())
                    .containsExactly(ticket);
        }
    }

    private Process start(List<String> command) throws IOException {
        List<String> arguments = new java.util.ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        arguments.addAll(command);
        arguments.addAll(List.of(
                "--watchkeeper.store=redis",
                "--watchkeeper.redis.url=" + redis.url(),
                "--watchkeeper.redis.prefix=" + prefix));
        return new ProcessBuilder(arguments)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static BlockingQueue<String> linesOf(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofPlatform().daemon(true).start(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // The process was killed.
            }
        });
        return lines;
    }

    private static String awaitTicket(BlockingQueue<String> lines) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            Matcher matcher = NEW_TICKET.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("the demo opened no ticket within 90 s");
    }

    private static String javaBinary() throws IOException {
        return ProcessHandle.current().info().command().orElseThrow(() -> new IOException("no java binary"));
    }
}
