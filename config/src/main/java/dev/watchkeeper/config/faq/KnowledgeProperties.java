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
 */
@Validated
@ConfigurationProperties("watchkeeper.kb")
public record KnowledgeProperties(
        @Nullable Path path,
        @DefaultValue("true") boolean hotReload,
        @DefaultValue("500ms") Duration reloadDelay,
        @Nullable Path synonyms) {}
