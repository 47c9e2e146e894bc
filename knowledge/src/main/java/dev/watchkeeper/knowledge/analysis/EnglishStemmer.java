package dev.watchkeeper.knowledge.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;

/** The English stemmers compared in CALIBRATION.md. */
public enum EnglishStemmer {
    NONE,
    MINIMAL,
    KSTEM,
    PORTER;

    TokenStream wrap(TokenStream stream) {
        return switch (this) {
            case NONE -> stream;
            case MINIMAL -> new EnglishMinimalStemFilter(stream);
            case KSTEM -> new KStemFilter(stream);
            case PORTER -> new PorterStemFilter(stream);
        };
    }
}
