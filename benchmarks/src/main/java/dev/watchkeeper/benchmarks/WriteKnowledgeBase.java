package dev.watchkeeper.benchmarks;

import dev.watchkeeper.knowledge.KnowledgeFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a synthetic knowledge base ({@link EvalData#syntheticKnowledgeBase}, 5 real phrasings per
 * entry) as a folder of Markdown entries, for running the packaged application on a large one.
 *
 * <p>Arguments: {@code ENTRIES FOLDER}; the folder is created and must be empty or absent.
 */
public final class WriteKnowledgeBase {
    private WriteKnowledgeBase() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WriteKnowledgeBase ENTRIES FOLDER");
            System.exit(2);
        }
        int entries = Integer.parseInt(args[0]);
        Path folder = Files.createDirectories(Path.of(args[1]));
        try (var existing = Files.list(folder)) {
            if (existing.findAny().isPresent()) {
                System.err.println("error: " + folder + " is not empty");
                System.exit(2);
            }
        }
        List<KnowledgeFile> files = EvalData.syntheticKnowledgeBase(entries, 5);
        for (KnowledgeFile file : files) {
            Files.writeString(folder.resolve(file.name()), file.content());
        }
        System.out.println(files.size() + " entries written to " + folder);
    }
}
