package dev.watchkeeper.knowledge.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The analysed terms of each phrasing document, kept beside a cached index (the ranker needs them
 * and they cost a second analysis of every phrasing to compute). Written with Lucene's header and
 * checksum footer, so that a file cut short or altered is refused when read. Blocks on the disk.
 */
final class PhraseTermsFile {
    private static final String CODEC = "WatchkeeperPhraseTerms";
    private static final int VERSION = 1;

    private PhraseTermsFile() {}

    /** Writes the term sets to {@code file} and forces them to the disk. */
    static void write(Path file, List<Set<String>> terms) throws IOException {
        String name = file.getFileName().toString();
        try (Directory directory = new NIOFSDirectory(file.getParent())) {
            try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
                CodecUtil.writeHeader(out, CODEC, VERSION);
                out.writeVInt(terms.size());
                for (Set<String> set : terms) {
                    out.writeVInt(set.size());
                    for (String term : set) {
                        out.writeString(term);
                    }
                }
                CodecUtil.writeFooter(out);
            }
            directory.sync(List.of(name));
        }
    }

    /**
     * The term sets in {@code file}, which must hold {@code expected} of them.
     *
     * @throws IOException when the file is missing, cut short, altered or holds another number
     */
    static List<Set<String>> read(Path file, int expected) throws IOException {
        String name = file.getFileName().toString();
        try (Directory directory = new NIOFSDirectory(file.getParent());
                ChecksumIndexInput in = directory.openChecksumInput(name)) {
            CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
            int count = in.readVInt();
            if (count != expected) {
                throw new CorruptIndexException("expected " + expected + " phrasings, found " + count, in);
            }
            List<Set<String>> terms = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int size = in.readVInt();
                Set<String> set = HashSet.newHashSet(size);
                for (int t = 0; t < size; t++) {
                    set.add(in.readString());
                }
                terms.add(set);
            }
            CodecUtil.checkFooter(in);
            return terms;
        }
    }
}
