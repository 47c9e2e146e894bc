package dev.watchkeeper.config.cli;

import dev.watchkeeper.config.backup.BackupFile;
import dev.watchkeeper.config.backup.BackupFormatException;
import dev.watchkeeper.core.backup.BackupCounts;
import dev.watchkeeper.core.backup.BackupRestore;
import dev.watchkeeper.core.store.StoreUnavailableException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code watchkeeper import}: writes a backup file made by {@code export} into the Redis store,
 * keeping ids, versions, times and states. The whole file is checked first, so a bad line stops
 * the import before anything is written (one line naming the line, exit code 2). Importing is
 * idempotent: the same file twice leaves the store as once, so an import cut short by Redis is
 * simply run again.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Write a backup made by export into the store (ids, times and states kept).")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = {"-i", "--input"},
            paramLabel = "FILE",
            required = true,
            description = "The backup file written by export.")
    Path input = Path.of(".");

    @Override
    public Integer call() {
        if (!Files.isRegularFile(input)) {
            throw new UsageException("backup file not found: " + input);
        }
        BackupFile file = new BackupFile();
        BackupCounts expected;
        try {
            expected = file.check(input);
        } catch (BackupFormatException e) {
            throw new UsageException(e.getMessage() + "; nothing imported");
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.start(spec, BackupStores.SETTINGS)) {
            BackupRestore restore = new BackupRestore(BackupStores.of(context, "import"));
            BackupCounts imported;
            try {
                file.read(input, restore::add);
                imported = restore.finish();
            } catch (StoreUnavailableException e) {
                throw BackupStores.unreachable(
                        context, "import of " + expected.total() + " records stopped (importing again is safe)", e);
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("imported " + imported + " from " + input);
            err.flush();
            return CommandLine.ExitCode.OK;
        }
    }
}
