package dev.watchkeeper.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.watchkeeper.config.ImageTarball.Result;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Runs the image's file system as a container would, without a container engine: the layers
 * unpacked into a folder, entered with {@code chroot} as the image's user in a mount and process
 * namespace of its own ({@code unshare}, with a fresh {@code /proc}). The image's Java, C and C++
 * libraries, entry point and health check command must be enough on their own. Needs root on Linux;
 * skipped elsewhere.
 */
class ContainerImageRunIT {
    private static final Duration START = Duration.ofMinutes(5);

    @TempDir
    static Path work;

    private static Path root;
    private static JsonNode config;

    @BeforeAll
    static void unpack() throws IOException {
        ImageTarball image = ImageTarball.built();
        assumeTrue(
                System.getProperty("os.name").equals("Linux")
                        && "root".equals(System.getProperty("user.name"))
                        && ImageTarball.run(List.of("unshare", "--version")).code() == 0,
                "running the image's file system needs root on Linux, with unshare and chroot");
        config = image.configuration().get("config");
        root = Files.createDirectories(work.resolve("rootfs"));
        Path layers = Files.createDirectories(work.resolve("layers"));
        image.unpackInto(root, layers);
        Files.createDirectories(root.resolve("proc"));
    }

    @Test
    void theImagesJavaRunsTheApplicationAsItsUser() {
        Result version = ImageTarball.run(inContainer(List.of("--version"), List.of()));

        assertThat(version.code()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("watchkeeper");
    }

    @Test
    void theBotBecomesReadyOnItsHealthCheckAndStopsOnSigterm() throws Exception {
        int port = freePort();
        Path log = work.resolve("bot.log");
        // the console demo runs while its input is open: no token is needed to start the bot
        Process bot = new ProcessBuilder(inContainer(List.of(), List.of("SERVER_PORT=" + port)))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            List<String> healthCheck = new ArrayList<>(List.of(config.get("Labels")
                    .get("dev.watchkeeper.health.command")
                    .asString()
                    .replace(":8080/", ":" + port + "/")
                    .split(" ")));

            assertThat(waitUntilHealthy(healthCheck, bot)).as(() -> tail(log)).isTrue();
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpResponse<String> liveness = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(liveness.statusCode()).isEqualTo(200);
                assertThat(liveness.body()).contains("\"status\":\"UP\"");
            }

            Optional<ProcessHandle> java = bot.descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("/opt/java/bin/java"))
                    .findFirst();
            assertThat(java)
                    .as("the image's java among %s", bot.descendants().toList())
                    .isPresent();
            java.orElseThrow().destroy();

            assertThat(bot.waitFor(30, TimeUnit.SECONDS)).as(() -> tail(log)).isTrue();
            assertThat(tail(log)).doesNotContain("ERROR", "Exception");
        } finally {
            bot.descendants().forEach(ProcessHandle::destroyForcibly);
            bot.destroyForcibly();
        }
    }

    /** The command that runs the image's entry point with {@code args}, as the image says. */
    private static List<String> inContainer(List<String> args, List<String> extraEnv) {
        List<String> command = new ArrayList<>(List.of(
                "unshare",
                "--mount",
                "--pid",
                "--fork",
                "--mount-proc=" + root.resolve("proc"),
                "chroot",
                "--userspec=" + config.get("User").asString(),
                root.toString(),
                "/bin/busybox",
                "env",
                "-i"));
        config.get("Env").forEach(variable -> command.add(variable.asString()));
        command.addAll(extraEnv);
        config.get("Entrypoint").forEach(part -> command.add(part.asString()));
        command.addAll(args);
        return command;
    }

    private static boolean waitUntilHealthy(List<String> healthCheck, Process bot) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("chroot", "--userspec=10001:10001", root.toString()));
        command.addAll(healthCheck);
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && bot.isAlive()) {
            if (ImageTarball.run(command).code() == 0) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
