package dev.watchkeeper.config.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns a command's {@code --kb DIR} option into application properties. */
final class KnowledgeArguments {
    private KnowledgeArguments() {}

    /** Properties for a one-shot command: the given folder (if any), and no hot reload. */
    static Map<String, Object> properties(@Nullable Path kb) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("watchkeeper.kb.hot-reload", "false");
        if (kb != null) {
            if (!Files.isDirectory(kb)) {
                throw new UsageException("knowledge-base folder not found: " + kb);
            }
            properties.put("watchkeeper.kb.path", kb.toAbsolutePath().toString());
        }
        return properties;
    }
}
