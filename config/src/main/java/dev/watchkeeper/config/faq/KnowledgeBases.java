package dev.watchkeeper.config.faq;

import dev.watchkeeper.knowledge.KnowledgeFile;
import dev.watchkeeper.knowledge.KnowledgeOptions;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import dev.watchkeeper.knowledge.search.ConfidenceModels;
import dev.watchkeeper.knowledge.semantic.PhrasingEmbedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Opens the knowledge base that {@code watchkeeper.kb} names (a folder, or the bundled one), for
 * the application and for the commands that answer questions without starting it.
 */
public final class KnowledgeBases {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeBases.class);
    private static final String BUNDLED_KB = "classpath*:kb/*.md";

    private KnowledgeBases() {}

    /** Fails, naming the setting, when the configured folder does not exist. */
    public static void checkFolder(KnowledgeProperties properties) {
        if (properties.path() != null && !Files.isDirectory(properties.path())) {
            throw new InvalidConfigurationPropertyValueException(
                    "watchkeeper.kb.path", properties.path(), "folder not found: " + properties.path());
        }
    }

    /**
     * Loads and indexes the knowledge base, embedding its phrasings when retrieval is hybrid.
     * CPU-bound; takes from a fraction of a second to a few seconds.
     */
    public static LuceneKnowledgeBase open(KnowledgeProperties properties) {
        checkFolder(properties);
        KnowledgeOptions options = new KnowledgeOptions(
                        properties.synonyms(), properties.hotReload(), properties.reloadDelay())
                .withEmbedder(
                        properties.retrieval() == KnowledgeProperties.Retrieval.HYBRID
                                ? PhrasingEmbedder.miniLm(properties.embeddingCache())
                                : null)
                .withIndexCache(properties.indexCache());
        LuceneKnowledgeBase knowledgeBase;
        if (properties.path() != null) {
            knowledgeBase = LuceneKnowledgeBase.fromFolder(properties.path(), options);
            log.info("Knowledge base: {} entries from {}", knowledgeBase.size(), properties.path());
        } else {
            knowledgeBase = LuceneKnowledgeBase.fromFiles(
                    bundledFiles(), options.withConfidence(ConfidenceModels.bundledKnowledgeBase()));
            log.info("Knowledge base: {} bundled entries", knowledgeBase.size());
        }
        return knowledgeBase;
    }

    private static List<KnowledgeFile> bundledFiles() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUNDLED_KB);
            List<KnowledgeFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    String name = resource.getFilename() == null ? resource.getDescription() : resource.getFilename();
                    files.add(new KnowledgeFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            files.sort(Comparator.comparing(KnowledgeFile::name));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled knowledge base", e);
        }
    }
}
