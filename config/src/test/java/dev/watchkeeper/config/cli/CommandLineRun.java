package dev.watchkeeper.config.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One run of the command line, with what it printed. */
record CommandLineRun(int exitCode, String out, String err) {
    private static final Path JAR = Path.of("target", "watchkeeper.jar");

    /** Runs the command line in this JVM: its own output only, not the application's logs. */
    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = WatchkeeperCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandLineRun(exitCode, out.toString(), err.toString());
    }

    /**
     * Runs the packaged jar in a JVM of its own, as a user does: the real main and its exit code,
     * and on stderr everything the user sees there, logs included. Nothing on stdin; no
     * {@code WATCHKEEPER_*} variables from this environment.
     */
    static CommandLineRun ofJar(String... args) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run after package");
        }
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("WATCHKEEPER_"));
        return ofProcess(builder);
    }

    /** Runs {@code builder}'s process with nothing on stdin, and waits for it (2 minutes at most). */
    static CommandLineRun ofProcess(ProcessBuilder builder) {
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String out = read(process.getInputStream());
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("still running after 2 minutes: " + builder.command());
            }
            return new CommandLineRun(process.exitValue(), out, err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The lines printed on stderr. */
    List<String> errLines() {
        return err.lines().toList();
    }

    private static String read(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }
}
