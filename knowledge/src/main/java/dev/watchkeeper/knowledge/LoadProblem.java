package dev.watchkeeper.knowledge;

import static java.util.Objects.requireNonNull;

/**
 * Something wrong with a knowledge-base file that made the loader skip it (or keep its last good
 * version).
 *
 * @param file the file's name
 * @param line the 1-based line the problem was found at, or 0 when it concerns the whole file
 * @param message what is wrong, for the team that edits the knowledge base
 */
public record LoadProblem(String file, int line, String message) {
    public LoadProblem {
        requireNonNull(file, "file");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
