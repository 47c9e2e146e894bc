package dev.watchkeeper.knowledge.loader;

import dev.watchkeeper.knowledge.KnowledgeFile;
import dev.watchkeeper.knowledge.LoadProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of knowledge-base files: every {@code *.md} below it, named by their path relative to
 * the folder (with {@code /}). Blocks on file I/O; thread-safe.
 *
 * @param root the folder
 */
public record KnowledgeFolder(Path root) {
    /** The files read, and problems with files that could not be read. */
    public record Contents(List<KnowledgeFile> files, List<LoadProblem> problems) {
        public Contents {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** Reads the folder now. */
    public Contents read() {
        List<KnowledgeFile> files = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Path path : markdownFiles()) {
            String name = root.relativize(path).toString().replace('\\', '/');
            try {
                files.add(new KnowledgeFile(
                        name,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                                .toString()));
            } catch (CharacterCodingException e) {
                problems.add(new LoadProblem(name, 0, "not UTF-8 text"));
            } catch (IOException e) {
                problems.add(
                        new LoadProblem(name, 0, "cannot read: " + e.getClass().getSimpleName()));
            }
        }
        return new Contents(files, problems);
    }

    private List<Path> markdownFiles() {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new IOException("not a folder: " + root));
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
