package dev.watchkeeper.knowledge;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link LuceneKnowledgeBase} is built.
 *
 * @param synonymsFile a synonyms file in Solr format, or null for the bundled
 *     {@code analysis/synonyms.txt} classpath resource (none is used when that is absent)
 * @param hotReload for a folder-backed knowledge base, watch the folder and apply edits
 * @param reloadDelay how long the folder must stay quiet after a change before it is reloaded
 */
public record KnowledgeOptions(@Nullable Path synonymsFile, boolean hotReload, Duration reloadDelay) {
    /** The default reload delay: long enough to coalesce an editor's save, short enough to feel live. */
    public static final Duration DEFAULT_RELOAD_DELAY = Duration.ofMillis(500);

    public KnowledgeOptions {
        requireNonNull(reloadDelay, "reloadDelay");
        if (reloadDelay.isNegative()) {
            throw new IllegalArgumentException("reloadDelay must not be negative: " + reloadDelay);
        }
    }

    /** Bundled synonyms, hot reload on, default delay. */
    public static KnowledgeOptions defaults() {
        return new KnowledgeOptions(null, true, DEFAULT_RELOAD_DELAY);
    }

    /** These options with another synonyms file. */
    public KnowledgeOptions withSynonymsFile(@Nullable Path file) {
        return new KnowledgeOptions(file, hotReload, reloadDelay);
    }

    /** These options with hot reload switched on or off. */
    public KnowledgeOptions withHotReload(boolean enabled) {
        return new KnowledgeOptions(synonymsFile, enabled, reloadDelay);
    }
}
