package dev.watchkeeper.knowledge.reload;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a folder's {@code *.md} files (path, size, modification time) and calls back once they
 * have changed and then stayed unchanged for the quiet period, so an editor's several writes cause
 * one reload. Polling rather than a WatchService works the same on every file system, including
 * bind mounts and network shares. Runs on one daemon thread; {@link #close()} stops it.
 */
public final class FolderWatcher implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);
    private static final long MIN_POLL_MILLIS = 50;

    private final Path folder;
    private final long quietNanos;
    private final Runnable onChange;
    private final ScheduledExecutorService timer;
    private Map<Path, String> lastSeen;
    private Map<Path, String> pending;
    private long pendingSince;

    /** Starts watching; {@code onChange} runs on the watcher's thread and must not throw. */
    public FolderWatcher(Path folder, Duration quiet, Runnable onChange) {
        this.folder = folder;
        this.quietNanos = quiet.toNanos();
        this.onChange = onChange;
        this.lastSeen = snapshot();
        this.pending = lastSeen;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "knowledge-reload");
            thread.setDaemon(true);
            return thread;
        });
        long poll = Math.max(MIN_POLL_MILLIS, quiet.toMillis() / 2);
        timer.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            Map<Path, String> now = snapshot();
            long time = System.nanoTime();
            if (!now.equals(pending)) {
                pending = now;
                pendingSince = time;
                return;
            }
            if (!now.equals(lastSeen) && time - pendingSince >= quietNanos) {
                lastSeen = now;
                onChange.run();
            }
        } catch (RuntimeException e) {
            LOG.warn("Knowledge folder check failed, trying again: {}", e.toString());
        }
    }

    private Map<Path, String> snapshot() {
        Map<Path, String> files = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".md")).forEach(p -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        files.put(
                                p,
                                attributes.size() + "@"
                                        + attributes.lastModifiedTime().toMillis());
                    }
                } catch (IOException e) {
                    // deleted while walking: the next poll sees it gone
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("Knowledge folder changed while scanning: {}", e.toString());
            return pending == null ? files : pending;
        }
        return files;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
