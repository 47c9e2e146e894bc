package dev.watchkeeper.config.backup;

import static dev.watchkeeper.core.backup.BackupStoreContract.assertSameRecords;
import static dev.watchkeeper.core.backup.BackupStoreContract.exported;
import static dev.watchkeeper.core.backup.BackupStoreContract.restored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.backup.BackupCounts;
import dev.watchkeeper.core.backup.BackupRecord;
import dev.watchkeeper.core.backup.BackupRestore;
import dev.watchkeeper.core.backup.BackupSamples;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import dev.watchkeeper.redis.backup.RedisBackupStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bar of the backup: 10,000 tickets with transcripts and 10,000 cases (with as many audit
 * entries, and vote counts) exported from one Redis server to a file and imported into another,
 * identical afterwards. Prints how long the export and the import took.
 */
class RedisBackupFileIT {
    private static final int MAX_TURNS = 200;

    private final TestRedis second = TestRedis.startNew("everysec");
    private final TestRedis.Connections firstConnections = TestRedis.shared().connections();
    private final TestRedis.Connections secondConnections = second.connections();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        firstConnections.close();
        secondConnections.close();
        second.stop();
    }

    @Test
    void tenThousandTicketsAndCasesAreIdenticalAfterExportFromOneRedisAndImportIntoAnother() throws IOException {
        List<BackupRecord> samples = BackupSamples.of(10_000, 10_000);
        String prefix = TestRedis.freshPrefix();
        RedisStores from = firstConnections.open(prefix);
        RedisStores to = secondConnections.open(prefix);
        restored(new RedisBackupStore(from, MAX_TURNS), samples);
        Path file = dir.resolve("backup.jsonl");
        BackupFile backups = new BackupFile();

        long exportStart = System.nanoTime();
        BackupCounts written;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            written = backups.export(new RedisBackupStore(from, MAX_TURNS), out, Instant.now());
        }
        Duration exportTook = Duration.ofNanos(System.nanoTime() - exportStart);
        long importStart = System.nanoTime();
        backups.check(file);
        BackupRestore restore = new BackupRestore(new RedisBackupStore(to, MAX_TURNS));
        backups.read(file, restore::add);
        BackupCounts imported = restore.finish();
        Duration importTook = Duration.ofNanos(System.nanoTime() - importStart);
        System.out.printf(
                "backup of %s (%d MB): export %d ms, import (check and write) %d ms%n",
                written, Files.size(file) >> 20, exportTook.toMillis(), importTook.toMillis());

        assertThat(written).isEqualTo(new BackupCounts(10_000, 10_000, 10_000, 10_000, 1, 0));
        assertThat(imported).isEqualTo(written);
        assertSameRecords(exported(new RedisBackupStore(to, MAX_TURNS)), samples);
    }
}
