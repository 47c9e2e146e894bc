package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.backup.BackupFile;
import dev.watchkeeper.core.backup.BackupCounts;
import dev.watchkeeper.core.backup.BackupStore;
import dev.watchkeeper.core.store.StoreUnavailableException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code watchkeeper export}: every ticket, transcript, moderation case, audit entry and the answer
 * vote counts of the Redis store as JSON lines (see docs/backup.md), on stdout or into a file. A
 * file appears whole or not at all: it is written beside its place and moved there at the end.
 * What was exported is counted on stderr.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write the store's tickets, transcripts, cases, audit log and votes as JSON lines.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Where to write the backup; - for stdout (the default).")
    String output = "-";

    @Override
    public Integer call() {
        Path file = "-".equals(output) ? null : Path.of(output);
        if (file != null
                && file.toAbsolutePath().getParent() != null
                && !Files.isDirectory(file.toAbsolutePath().getParent())) {
            throw new UsageException(
                    "no such folder for the backup: " + file.toAbsolutePath().getParent());
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.start(spec, BackupStores.SETTINGS)) {
            BackupStore store = BackupStores.of(context, "export");
            Clock clock = context.getBean(Clock.class);
            BackupCounts counts;
            try {
                counts = file == null ? toStdout(store, clock) : toFile(store, clock, file);
            } catch (StoreUnavailableException e) {
                throw BackupStores.unreachable(context, "nothing exported", e);
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("exported " + counts + (file == null ? "" : " to " + file));
            err.flush();
            return CommandLine.ExitCode.OK;
        }
    }

    private BackupCounts toStdout(BackupStore store, Clock clock) {
        PrintWriter out = spec.commandLine().getOut();
        return new BackupFile().export(store, out, clock.instant());
    }

    private static BackupCounts toFile(BackupStore store, Clock clock, Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            BackupCounts counts;
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
                counts = new BackupFile().export(store, out, clock.instant());
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return counts;
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            throw new CommandFailure("cannot write " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the export failed already; that failure is the one reported
        }
    }
}
