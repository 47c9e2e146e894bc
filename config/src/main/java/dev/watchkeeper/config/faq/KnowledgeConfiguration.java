package dev.watchkeeper.config.faq;

import dev.watchkeeper.core.faq.AnswerPolicy;
import dev.watchkeeper.knowledge.LuceneKnowledgeBase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The knowledge base and the answer policy. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({KnowledgeProperties.class, AnswerProperties.class})
public class KnowledgeConfiguration {
    private final KnowledgeProperties properties;

    /**
     * Takes the settings here, on the main thread, for the knowledge base built in the background:
     * there Spring lets a bean use only beans that already exist or are built in the background too.
     * A missing folder fails the start here, at once.
     */
    KnowledgeConfiguration(KnowledgeProperties properties) {
        KnowledgeBases.checkFolder(properties);
        this.properties = properties;
    }

    /**
     * Built on a background thread (Lucene's indexing is CPU-bound and needs nothing else), while
     * the main thread goes on with the scam shield; the first bean that needs it waits for it, and
     * the context's start fails as before if it cannot be built.
     */
    @Bean(destroyMethod = "close", bootstrap = Bean.Bootstrap.BACKGROUND)
    LuceneKnowledgeBase knowledgeBase() {
        return KnowledgeBases.open(properties);
    }

    @Bean
    AnswerPolicy answerPolicy(AnswerProperties properties) {
        return new AnswerPolicy(properties.toThresholds());
    }
}
