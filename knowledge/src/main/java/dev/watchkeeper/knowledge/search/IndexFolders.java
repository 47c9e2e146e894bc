package dev.watchkeeper.knowledge.search;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary folders of the memory-mapped knowledge indexes: named after the process that made
 * them ({@code watchkeeper-faq-<pid>-…}), so that the folders a killed process left behind (a
 * {@code kill -9} skips every shutdown hook) are removed by the next start on the host, while
 * those of processes still running are left alone.
 */
final class IndexFolders {
    private static final Logger LOG = LoggerFactory.getLogger(IndexFolders.class);
    private static final String PREFIX = "watchkeeper-faq-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    private IndexFolders() {}

    /** A new folder for one index in the temporary folder; see {@link #create(Path)}. */
    static Path create() throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * A new folder for one index in {@code parent}; the first call for a parent in a process removes
     * the folders there abandoned by stopped processes first.
     */
    static Path create(Path parent) throws IOException {
        if (SWEPT.add(parent.toAbsolutePath().normalize())) {
            removeAbandoned(parent);
        }
        return Files.createTempDirectory(
                parent, PREFIX + ProcessHandle.current().pid() + "-");
    }

    /** Removes the index folders in {@code parent} whose process is no longer running. */
    static int removeAbandoned(Path parent) {
        int removed = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path folder : folders) {
                Matcher m = NAME.matcher(folder.getFileName().toString());
                if (m.matches() && !running(Long.parseLong(m.group(1)))) {
                    IOUtils.rm(folder);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remove abandoned knowledge index folders in {}: {}", parent, e.toString());
        }
        if (removed > 0) {
            LOG.info("Removed {} knowledge index folders left by stopped processes", removed);
        }
        return removed;
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
