package dev.watchkeeper.config;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The packaged application, {@code target/watchkeeper.jar}, started as a process of its own for the
 * tests that kill it. C1 only: a start takes 20 s rather than 25 on two busy cores, and the tests'
 * load is light.
 */
public final class PackagedJar {
    /** The jar {@code package} builds. */
    public static final Path JAR = Path.of("target", "watchkeeper.jar");

    private PackagedJar() {}

    /**
     * Starts the jar with these settings, its output in {@code log}, and returns once {@code ready}
     * holds; kills it and fails with {@code failure} when it exits or is not ready within {@code
     * timeout}.
     */
    public static Process startUntil(
            List<String> settings, Path log, BooleanSupplier ready, Duration timeout, String failure)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(javaBinary(), "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(settings);
        Process bot = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!bot.isAlive() || System.nanoTime() > deadline) {
                bot.destroyForcibly();
                throw new AssertionError(failure);
            }
            Thread.sleep(20);
        }
        return bot;
    }

    private static String javaBinary() throws IOException {
        return ProcessHandle.current().info().command().orElseThrow(() -> new IOException("no java binary"));
    }
}
