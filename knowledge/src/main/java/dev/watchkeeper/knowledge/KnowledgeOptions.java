package dev.watchkeeper.knowledge;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.knowledge.search.ConfidenceModels;
import dev.watchkeeper.knowledge.semantic.PhrasingEmbedder;
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
 * @param confidence the confidence models; a knowledge-base folder's own {@value
 *     ConfidenceModels#FILE_NAME} is read over them
 * @param embedder what searches by meaning (hybrid retrieval), or null for lexical search alone
 * @param indexCache the folder where built indexes are kept between starts, keyed by the knowledge
 *     base's content and analysis, or null to build them at every load
 */
public record KnowledgeOptions(
        @Nullable Path synonymsFile,
        boolean hotReload,
        Duration reloadDelay,
        ConfidenceModels confidence,
        @Nullable PhrasingEmbedder embedder,
        @Nullable Path indexCache) {
    /** The default reload delay: long enough to coalesce an editor's save, short enough to feel live. */
    public static final Duration DEFAULT_RELOAD_DELAY = Duration.ofMillis(500);

    public KnowledgeOptions {
        requireNonNull(reloadDelay, "reloadDelay");
        requireNonNull(confidence, "confidence");
        if (reloadDelay.isNegative()) {
            throw new IllegalArgumentException("reloadDelay must not be negative: " + reloadDelay);
        }
    }

    /** These options with the general confidence models, lexical search alone. */
    public KnowledgeOptions(@Nullable Path synonymsFile, boolean hotReload, Duration reloadDelay) {
        this(synonymsFile, hotReload, reloadDelay, ConfidenceModels.bundled(), null, null);
    }

    /** Bundled synonyms, hot reload on, default delay, the general confidence models. */
    public static KnowledgeOptions defaults() {
        return new KnowledgeOptions(null, true, DEFAULT_RELOAD_DELAY);
    }

    /** These options with other confidence models. */
    public KnowledgeOptions withConfidence(ConfidenceModels models) {
        return new KnowledgeOptions(synonymsFile, hotReload, reloadDelay, models, embedder, indexCache);
    }

    /** These options with another synonyms file. */
    public KnowledgeOptions withSynonymsFile(@Nullable Path file) {
        return new KnowledgeOptions(file, hotReload, reloadDelay, confidence, embedder, indexCache);
    }

    /** These options with hot reload switched on or off. */
    public KnowledgeOptions withHotReload(boolean enabled) {
        return new KnowledgeOptions(synonymsFile, enabled, reloadDelay, confidence, embedder, indexCache);
    }

    /** These options searching by meaning with this embedder too (hybrid), or lexically alone (null). */
    public KnowledgeOptions withEmbedder(@Nullable PhrasingEmbedder embedder) {
        return new KnowledgeOptions(synonymsFile, hotReload, reloadDelay, confidence, embedder, indexCache);
    }

    /** These options keeping built indexes in this folder between starts, or building them at every load (null). */
    public KnowledgeOptions withIndexCache(@Nullable Path folder) {
        return new KnowledgeOptions(synonymsFile, hotReload, reloadDelay, confidence, embedder, folder);
    }
}
