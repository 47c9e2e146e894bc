package dev.watchkeeper.config.faq;

import dev.watchkeeper.core.faq.AnswerPolicy;
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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The knowledge base and the answer policy. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({KnowledgeProperties.class, AnswerProperties.class})
public class KnowledgeConfiguration {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);
    private static final String BUNDLED_KB = "classpath*:kb/*.md";

    private final KnowledgeProperties properties;

    /**
     * Takes the settings here, on the main thread, for the knowledge base built in the background:
     * there Spring lets a bean use only beans that already exist or are built in the background too.
     * A missing folder fails the start here, at once.
     */
    KnowledgeConfiguration(KnowledgeProperties properties) {
        if (properties.path() != null && !Files.isDirectory(properties.path())) {
            throw new InvalidConfigurationPropertyValueException(
                    "watchkeeper.kb.path", properties.path(), "folder not found: " + properties.path());
        }
        this.properties = properties;
    }

    /**
     * Built on a background thread (Lucene's indexing is CPU-bound and needs nothing else), while
     * the main thread goes on with the scam shield; the first bean that needs it waits for it, and
     * the context's start fails as before if it cannot be built.
     */
    @Bean(destroyMethod = "close", bootstrap = Bean.Bootstrap.BACKGROUND)
    LuceneKnowledgeBase knowledgeBase() {
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

    @Bean
    AnswerPolicy answerPolicy(AnswerProperties properties) {
        return new AnswerPolicy(properties.toThresholds());
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
