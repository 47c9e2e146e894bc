package dev.watchkeeper.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFoldersTest {

    @Test
    void removesTheFoldersOfStoppedProcessesAndKeepsThoseOfRunningOnes(@TempDir Path parent) throws Exception {
        Process stopped = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .start();
        stopped.waitFor();
        Path abandoned = Files.createDirectory(parent.resolve("watchkeeper-faq-" + stopped.pid() + "-123"));
        Files.writeString(abandoned.resolve("_0.cfs"), "index");
        Path ours = Files.createDirectory(
                parent.resolve("watchkeeper-faq-" + ProcessHandle.current().pid() + "-456"));
        Path other = Files.createDirectory(parent.resolve("something-else"));

        int removed = IndexFolders.removeAbandoned(parent);

        assertThat(removed).isEqualTo(1);
        assertThat(abandoned).doesNotExist();
        assertThat(ours).exists();
        assertThat(other).exists();
    }

    @Test
    void namesANewFolderAfterThisProcess() throws Exception {
        Path folder = IndexFolders.create();
        try {
            assertThat(folder.getFileName().toString())
                    .startsWith("watchkeeper-faq-" + ProcessHandle.current().pid() + "-");
        } finally {
            Files.deleteIfExists(folder);
        }
    }
}
