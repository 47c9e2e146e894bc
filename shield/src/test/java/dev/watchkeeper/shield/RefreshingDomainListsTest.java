package dev.watchkeeper.shield;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.shield.DomainLists.Status;
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

    @Test
    void keepsTheLastGoodCopyWhenTheListLosesAlmostAllOfItsEntries(@TempDir Path folder) throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            many.append("evil-").append(i).append(".xyz\n");
        }
        Path list = Files.writeString(folder.resolve("list.txt"), many);
        try (RefreshingDomainLists lists = new RefreshingDomainLists(
                List.of(), List.of(new DomainListSource("file", list.toUri(), DomainListFormat.AUTO)), () -> {
                    throw new AssertionError("no download, no HTTP client");
                })) {
            lists.refreshNow();

            Files.writeString(list, "evil-0.xyz\n");
            lists.refreshNow();

            assertThat(lists.lookup("evil-150.xyz").status()).isEqualTo(Status.DENIED);
            assertThat(lists.denyCount()).isEqualTo(200);
        }
    }
}
