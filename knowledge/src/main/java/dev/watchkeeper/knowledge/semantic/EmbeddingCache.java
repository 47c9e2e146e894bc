package dev.watchkeeper.knowledge.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Phrasing vectors kept on disk, keyed by the SHA-256 of the model id and the text, so that a
 * restart or a hot reload encodes only phrasings that are new or changed. One file per model
 * ({@code <model>.vectors} in the folder): fixed-size records (32 bytes of key, then the vector
 * as little-endian floats) appended under a file lock, so that several processes may share a
 * folder; a record cut short by a crash is ignored when the file is read. Once more than half the
 * records belong to phrasings no longer in use, the file is rewritten with the live ones. Without
 * a folder the cache lives in memory only. Thread-safe; reading, writing and compaction block on
 * the disk.
 */
public final class EmbeddingCache {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
    private static final int KEY_BYTES = 32;
    private static final int COMPACT_ABOVE = 1_000;

    private final @Nullable Path file;
    private final String modelId;
    private final int dimensions;
    private final Map<Key, float[]> vectors = new HashMap<>();

    private EmbeddingCache(@Nullable Path file, String modelId, int dimensions) {
        this.file = file;
        this.modelId = modelId;
        this.dimensions = dimensions;
    }

    /**
     * The cache of one model in {@code folder} (created when missing), or in memory when {@code
     * folder} is null. A folder that cannot be created or read is logged once and the cache then
     * lives in memory: the vectors are computed again at the next start, nothing else changes.
     */
    public static EmbeddingCache open(@Nullable Path folder, String modelId, int dimensions) {
        if (folder == null) {
            return new EmbeddingCache(null, modelId, dimensions);
        }
        Path file = folder.resolve(modelId.replaceAll("[^A-Za-z0-9._-]", "_") + ".vectors");
        try {
            Files.createDirectories(folder);
            EmbeddingCache cache = new EmbeddingCache(file, modelId, dimensions);
            cache.read();
            return cache;
        } catch (ClosedByInterruptException e) {
            // the application is stopping while it starts: nothing is wrong with the folder
            Thread.currentThread().interrupt();
            return new EmbeddingCache(null, modelId, dimensions);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Embedding cache {} is not usable, keeping vectors in memory: {}", file, e.toString());
            return new EmbeddingCache(null, modelId, dimensions);
        }
    }

    /** The key of a text's vector for this cache's model. */
    public Key keyOf(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(modelId.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return new Key(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The cached vector, or null. */
    public synchronized float @Nullable [] get(Key key) {
        return vectors.get(key);
    }

    /** Stores new vectors, appending them to the file. A failed write is logged; the vectors stay in memory. */
    public synchronized void putAll(Map<Key, float[]> added) {
        if (added.isEmpty()) {
            return;
        }
        vectors.putAll(added);
        if (file != null) {
            try {
                write(added, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                LOG.warn("Could not write {} vectors to {}: {}", added.size(), file, e.toString());
            }
        }
    }

    /** Forgets the vectors of phrasings no longer in use once they outnumber the live ones. */
    public synchronized void retainOnly(Set<Key> live) {
        int stale = vectors.size()
                - (int) live.stream().filter(vectors::containsKey).count();
        if (stale <= COMPACT_ABOVE || stale <= live.size()) {
            return;
        }
        vectors.keySet().retainAll(live);
        if (file != null) {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            try {
                Files.deleteIfExists(next);
                Path target = file;
                write(vectors, next, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.move(next, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                LOG.warn("Could not compact {}: {}", file, e.toString());
            }
        }
    }

    /** The number of vectors held. */
    public synchronized int size() {
        return vectors.size();
    }

    /** The file the vectors are kept in, or null when they are kept in memory only. */
    public @Nullable Path file() {
        return file;
    }

    private int recordBytes() {
        return KEY_BYTES + Float.BYTES * dimensions;
    }

    private void read() throws IOException {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long whole = channel.size() / recordBytes();
            ByteBuffer record = ByteBuffer.allocate(recordBytes()).order(ByteOrder.LITTLE_ENDIAN);
            for (long i = 0; i < whole; i++) {
                record.clear();
                while (record.hasRemaining() && channel.read(record) >= 0) {
                    // a read may return fewer bytes than asked
                }
                record.flip();
                byte[] key = new byte[KEY_BYTES];
                record.get(key);
                float[] vector = new float[dimensions];
                record.asFloatBuffer().get(vector);
                vectors.put(new Key(key), vector);
            }
        }
    }

    private void write(Map<Key, float[]> records, StandardOpenOption... options) throws IOException {
        Path target = file;
        if (target != null) {
            write(records, target, options);
        }
    }

    private void write(Map<Key, float[]> records, Path target, StandardOpenOption... options) throws IOException {
        try (FileChannel channel = FileChannel.open(target, options);
                FileLock lock = channel.lock()) {
            long size = channel.size();
            if (size % recordBytes() != 0) {
                // a record cut short by a crash: overwrite it so that the records stay aligned
                channel.truncate(size - size % recordBytes());
            }
            ByteBuffer buffer = ByteBuffer.allocate(recordBytes() * Math.min(records.size(), 256))
                    .order(ByteOrder.LITTLE_ENDIAN);
            for (Map.Entry<Key, float[]> record : records.entrySet()) {
                if (!buffer.hasRemaining()) {
                    drain(channel, buffer);
                }
                buffer.put(record.getKey().bytes());
                for (float f : record.getValue()) {
                    buffer.putFloat(f);
                }
            }
            drain(channel, buffer);
            channel.force(false);
            if (!lock.isValid()) {
                throw new IOException("lock lost while writing");
            }
        }
    }

    private static void drain(FileChannel channel, ByteBuffer buffer) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /** A text's key: the SHA-256 of the model id and the text. */
    public record Key(byte[] bytes) {
        public Key {
            if (bytes.length != KEY_BYTES) {
                throw new IllegalArgumentException("a key is " + KEY_BYTES + " bytes");
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Arrays.equals(bytes, key.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return HexFormat.of().formatHex(bytes, 0, 8);
        }
    }
}
