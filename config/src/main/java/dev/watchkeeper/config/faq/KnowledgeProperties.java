package dev.watchkeeper.config.faq;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code watchkeeper.kb}: where the knowledge base comes from.
 *
 * @param path a folder of Markdown entries; unset means the bundled knowledge base
 * @param hotReload watch the folder and apply edits without restart
 * @param reloadDelay how long to wait after a change before reloading (edits come in bursts)
 * @param synonyms a synonyms file (Solr format) replacing the bundled one; unset means bundled
 * @param retrieval {@code hybrid}: questions in English are searched by meaning as well as by
 *     words (a sentence-embedding model run in-process); {@code lexical}: by words alone
 * @param embeddingCache the folder where phrasing vectors are kept between starts; unset keeps
 *     them in memory, so every start encodes the whole knowledge base again
 * @param indexCache the folder where the built Lucene indexes are kept between starts, keyed by
 *     the knowledge base's content and analysis; unset builds them at every start
 */
@Validated
@ConfigurationProperties("watchkeeper.kb")
public record KnowledgeProperties(
        @Nullable Path path,
        @DefaultValue("true") boolean hotReload,
        @DefaultValue("500ms") Duration reloadDelay,
        @Nullable Path synonyms,
        @DefaultValue("hybrid") Retrieval retrieval,
        @Nullable Path embeddingCache,
        @Nullable Path indexCache) {
    /** How questions are searched. */
    public enum Retrieval {
        /** By words alone (Lucene's BM25 and the knowledge base's own analysis). */
        LEXICAL,
        /** By words and, in the languages the embedding model covers, by meaning. */
        HYBRID
    }
}
