package dev.watchkeeper.config.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar with Redis not answering at start: the bot starts without it and says so in one
 * line naming the address and the setting; {@code stats}, which needs it, fails in one line.
 */
class RedisUnreachableIT {
    private final String url = "redis://127.0.0.1:" + closedPort();

    @Test
    void statsFailsWithOneLineNamingTheAddressAndTheSetting() {
        CommandLineRun run =
                CommandLineRun.ofJar("stats", "--watchkeeper.store=redis", "--watchkeeper.redis.url=" + url);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines().getLast())
                .isEqualTo("error: no report: Redis at " + url
                        + " does not answer; start it, or set watchkeeper.redis.url to where it runs");
        assertThat(run.err()).doesNotContain("\tat ", "Caused by");
    }

    @Test
    void theBotStartsWithoutItAndSaysWhereItLooked() {
        CommandLineRun run = CommandLineRun.ofJar("--watchkeeper.store=redis", "--watchkeeper.redis.url=" + url);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("Redis at " + url + " not reachable (ConnectException: Connection refused); the bot runs"
                        + " without it")
                .contains("watchkeeper.redis.url")
                .doesNotContain("\tat ");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
