package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.scam.DomainLists.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshingDomainListsTest {

    @Test
    void listsFromFilesNeedNoHttpClient(@TempDir Path folder) throws Exception {
        Path list = Files.writeString(folder.resolve("list.txt"), "evil-one.xyz\n");
        try (RefreshingDomainLists lists = new RefreshingDomainLists(
                List.of(), List.of(new DomainListSource("file", list.toUri(), DomainListFormat.PLAIN)), () -> {
                    throw new AssertionError("no download, no HTTP client");
                })) {
            lists.refreshNow();

            assertThat(lists.lookup("evil-one.xyz").status()).isEqualTo(Status.DENIED);
        }
    }
}
