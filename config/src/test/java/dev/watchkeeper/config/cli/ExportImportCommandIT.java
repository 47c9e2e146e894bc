package dev.watchkeeper.config.cli;

import static dev.watchkeeper.core.backup.BackupStoreContract.assertSameRecords;
import static dev.watchkeeper.core.backup.BackupStoreContract.exported;
import static dev.watchkeeper.core.backup.BackupStoreContract.restored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.backup.BackupRecord;
import dev.watchkeeper.core.backup.BackupSamples;
import dev.watchkeeper.redis.RedisStores;
import dev.watchkeeper.redis.TestRedis;
import dev.watchkeeper.redis.backup.RedisBackupStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code import} on the command line, between two databases of a real Redis server. */
class ExportImportCommandIT {
    private static final int MAX_TURNS = 200;

    private final TestRedis redis = TestRedis.shared();
    private final String prefix = TestRedis.freshPrefix();
    private final List<RedisStores> open = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        open.forEach(RedisStores::close);
    }

    private String url(int database) {
        return redis.url() + "/" + database;
    }

    private RedisBackupStore store(int database) {
        RedisStores stores = RedisStores.connect(url(database), prefix, Duration.ofSeconds(2), 10_000);
        open.add(stores);
        return new RedisBackupStore(stores, MAX_TURNS);
    }

    private String[] on(int database, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--watchkeeper.store=redis",
                "--watchkeeper.redis.url=" + url(database),
                "--watchkeeper.redis.prefix=" + prefix));
        return all.toArray(String[]::new);
    }

    @Test
    void movesEveryRecordFromOneRedisDatabaseToAnotherThroughAFileOnceHoweverOftenImported() {
        List<BackupRecord> samples = new ArrayList<>(BackupSamples.of(60, 40));
        for (int i = 1; i <= 5; i++) {
            samples.add(BackupSamples.incident(i));
        }
        restored(store(1), samples);
        Path file = dir.resolve("backup.jsonl");

        CommandLineRun export = CommandLineRun.of(on(1, "export", "--output", file.toString()));
        CommandLineRun imported = CommandLineRun.of(on(2, "import", "--input", file.toString()));
        CommandLineRun again = CommandLineRun.of(on(2, "import", "--input", file.toString()));

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err())
                .contains("exported 60 tickets, 60 transcripts, 40 moderation cases, 40 audit entries, 1 vote counts,"
                        + " 5 incidents");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err())
                .contains("imported 60 tickets, 60 transcripts, 40 moderation cases, 40 audit entries, 1 vote counts,"
                        + " 5 incidents");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertSameRecords(exported(store(2)), samples);
        assertThat(dir.resolve("backup.jsonl.partial")).doesNotExist();
    }

    @Test
    void thePackagedJarExportsToStdoutOnlyTheBackupLines() {
        restored(store(5), BackupSamples.of(2, 1));

        CommandLineRun run = CommandLineRun.ofJar(on(5, "export"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.getFirst()).startsWith("{\"type\":\"watchkeeper-backup\",\"format\":1,");
        assertThat(lines.getLast()).startsWith("{\"type\":\"end\",\"tickets\":2,");
        assertThat(lines).allMatch(line -> line.startsWith("{\"type\":\"") && line.endsWith("}"));
        assertThat(run.errLines().getLast())
                .isEqualTo("exported 2 tickets, 2 transcripts, 1 moderation cases, 1 audit entries, 1 vote counts,"
                        + " 0 incidents");
    }

    @Test
    void refusesAMalformedFileNamingTheLineAndImportsNothing() throws IOException {
        restored(store(6), BackupSamples.of(5, 5));
        Path file = dir.resolve("backup.jsonl");
        assertThat(CommandLineRun.of(on(6, "export", "-o", file.toString())).exitCode())
                .isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(7, lines.get(7).replace("\"type\":\"transcript\"", "\"type\":\"transcrpt\""));
        Files.write(file, lines);

        CommandLineRun run = CommandLineRun.of(on(7, "import", "-i", file.toString()));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("error: " + file + " line 8: unknown type \"transcrpt\" (expected ticket, transcript,"
                        + " case, audit, votes, incident, watchkeeper-backup or end); nothing imported");
        assertThat(exported(store(7))).hasSize(1);
    }

    @Test
    void refusesAFileThatDoesNotExist() {
        CommandLineRun run = CommandLineRun.of(
                on(8, "import", "-i", dir.resolve("missing.jsonl").toString()));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: backup file not found: " + dir.resolve("missing.jsonl"));
    }

    @Test
    void refusesTheMemoryStoreWhoseProcessHoldsNothing() {
        CommandLineRun run = CommandLineRun.of("export", "--watchkeeper.store=memory");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .startsWith("error: export works on the Redis store")
                .contains("--watchkeeper.store=redis");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void failsInOneLineWhenRedisDoesNotAnswerAndLeavesNoPartialFile() throws IOException {
        String closed = "redis://127.0.0.1:" + closedPort();
        Path file = dir.resolve("backup.jsonl");

        CommandLineRun run = CommandLineRun.of(
                "export", "-o", file.toString(), "--watchkeeper.store=redis", "--watchkeeper.redis.url=" + closed);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo("error: nothing exported: Redis at " + closed
                        + " does not answer; start it, or set watchkeeper.redis.url to where it runs");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static int closedPort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
