package dev.watchkeeper.knowledge.semantic;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * all-MiniLM-L6-v2, int8-quantized, run by ONNX Runtime from the model file inside langchain4j's
 * Maven artifact: nothing is downloaded. 384 dimensions, trained on English sentence pairs, so it
 * covers English only; text past {@value #MAX_CHARS} characters is cut, which bounds a question's
 * cost (the model reads 256 word pieces at most anyway). Loading the model and its first encoding
 * take about a second: both run on a daemon thread started by the constructor, so that they
 * overlap the rest of a start (the knowledge base's phrasings usually come from the embedding
 * cache, and then only the first question needs the model); encoding waits for them, and
 * throws what made the load fail. Encoding a short question takes 2–3 ms of one core.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {
    static final int MAX_CHARS = 1_000;
    private static final Set<String> COVERED = Set.of("en");

    private final CompletableFuture<AllMiniLmL6V2QuantizedEmbeddingModel> model = new CompletableFuture<>();

    public MiniLmSentenceEncoder() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "kb-embedding-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        Thread loader = new Thread(
                () -> {
                    try {
                        AllMiniLmL6V2QuantizedEmbeddingModel loaded = new AllMiniLmL6V2QuantizedEmbeddingModel(pool);
                        // ONNX Runtime prepares its kernels on the first run: do it here, not on a question
                        loaded.embed("warm up");
                        model.complete(loaded);
                    } catch (RuntimeException | Error e) {
                        model.completeExceptionally(e);
                    }
                },
                "kb-embedding-model");
        loader.setDaemon(true);
        loader.start();
    }

    /** The model, once loaded; what made its load fail otherwise. */
    private AllMiniLmL6V2QuantizedEmbeddingModel model() {
        try {
            return model.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    @Override
    public String modelId() {
        return "all-minilm-l6-v2-q";
    }

    @Override
    public int dimensions() {
        return 384;
    }

    @Override
    public boolean covers(String languageKey) {
        return COVERED.contains(languageKey);
    }

    @Override
    public float[] encode(String text) {
        return unit(model().embed(cut(text)).content());
    }

    @Override
    public List<float[]> encodeAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(text -> segments.add(TextSegment.from(cut(text))));
        List<Embedding> embeddings = model().embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        embeddings.forEach(embedding -> vectors.add(unit(embedding)));
        return vectors;
    }

    private static String cut(String text) {
        String stripped = text.strip();
        // the model cannot encode an empty text; a lone space stands for "nothing" and matches nothing well
        return stripped.isEmpty() ? " " : stripped.length() <= MAX_CHARS ? stripped : stripped.substring(0, MAX_CHARS);
    }

    private static float[] unit(Embedding embedding) {
        return Vectors.unit(embedding.vector());
    }
}
