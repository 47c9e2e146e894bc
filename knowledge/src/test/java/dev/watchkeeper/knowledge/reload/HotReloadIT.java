package dev.watchkeeper.knowledge.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.watchkeeper.core.faq.SearchHit;
import dev.watchkeeper.core.faq.SearchQuery;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LoadProblem;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotReloadIT {
    private static final Duration WITHIN = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private LuceneKnowledgeBase kb;

    @BeforeEach
    void start() throws IOException {
        write("deposit.md", "deposit", "Deposit not arrived", "where is my deposit");
        write("fees/withdraw.md", "withdraw-fee", "Withdrawal fees", "how much does a withdrawal cost");
        kb = LuceneKnowledgeBase.fromFolder(folder, new KnowledgeOptions(null, true, Duration.ofMillis(100)));
    }

    @AfterEach
    void stop() {
        kb.close();
    }

    @Test
    void loadsNestedFilesAtStart() {
        assertThat(kb.size()).isEqualTo(2);
        assertThat(kb.problems()).isEmpty();
    }

    @Test
    void appliesAnEditedFile() throws IOException {
        write("deposit.md", "deposit", "Deposit not arrived", "where is my deposit", "my transfer is missing");

        awaitTrue(() -> best("my transfer is missing").equals("deposit"));
    }

    @Test
    void appliesAnAddedFile() throws IOException {
        write("kyc.md", "kyc", "Identity verification", "how do I verify my identity");

        awaitTrue(() -> kb.size() == 3 && best("verify my identity").equals("kyc"));
    }

    @Test
    void appliesADeletedFile() throws IOException {
        Files.delete(folder.resolve("fees/withdraw.md"));

        awaitTrue(() -> kb.size() == 1 && kb.entry("withdraw-fee", null).isEmpty());
    }

    @Test
    void anAddedTranslationJoinsItsEntry() throws IOException {
        write("deposit.ru.md", "deposit", "Депозит не пришёл", "где мой депозит", "пополнение не пришло");

        awaitTrue(
                () -> kb.entry("deposit", "ru").map(e -> e.lang().equals("ru")).orElse(false));
        assertThat(kb.size()).isEqualTo(2);
        List<SearchHit> hits = kb.search(new SearchQuery("пополнение так и не пришло", null, 1));
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.entryId()).isEqualTo("deposit");
            assertThat(hit.lang()).isEqualTo("ru");
        });
        assertThat(kb.entry("deposit", "en")).get().extracting(e -> e.lang()).isEqualTo("en");
    }

    @Test
    void aBrokenEditKeepsTheLastGoodVersionAndSaysWhy() throws IOException {
        Files.writeString(folder.resolve("deposit.md"), "---\nid: deposit\ntitle: [oops\n---\nAnswer\n");

        awaitTrue(() -> !kb.problems().isEmpty());
        List<LoadProblem> problems = kb.problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("deposit.md");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("keeping the last good version");
        });
        assertThat(kb.entry("deposit", null)).get().extracting(e -> e.title()).isEqualTo("Deposit not arrived");
        assertThat(best("where is my deposit")).isEqualTo("deposit");
    }

    @Test
    void searchesRunningWhileReloadsSwapTheIndexAllFindTheEntry() throws Exception {
        AtomicBoolean reloading = new AtomicBoolean(true);
        List<String> misses = new CopyOnWriteArrayList<>();
        Callable<Integer> searches = () -> {
            int count = 0;
            while (reloading.get()) {
                String found = best("where is my deposit");
                if (!found.equals("deposit")) {
                    misses.add(found);
                }
                count++;
            }
            return count;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> running = List.of(pool.submit(searches), pool.submit(searches));

            for (int i = 0; i < 30; i++) {
                kb.reload();
            }
            reloading.set(false);

            assertThat(running.get(0).get() + running.get(1).get()).isPositive();
            assertThat(misses).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void stopsWatchingWhenClosed() throws IOException, InterruptedException {
        kb.close();
        write("kyc.md", "kyc", "Identity verification", "how do I verify my identity");

        Thread.sleep(400);

        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("knowledge-reload") && t.isAlive());
    }

    private String best(String text) {
        List<SearchHit> hits = kb.search(new SearchQuery(text, null, 1));
        return hits.isEmpty() ? "" : hits.getFirst().entryId();
    }

    private void write(String name, String id, String title, String... questions) throws IOException {
        StringBuilder text = new StringBuilder("---\nid: " + id + "\ntitle: " + title + "\nquestions:\n");
        for (String q : questions) {
            text.append("  - ").append(q).append('\n');
        }
        text.append("---\nThe answer to ").append(title).append(".\n");
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WITHIN);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
