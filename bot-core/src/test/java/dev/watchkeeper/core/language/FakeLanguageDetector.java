package dev.watchkeeper.core.language;

import java.util.Map;
import java.util.Optional;

/** A test fake of the detector port: knows the language of the texts it was given, nothing else. */
public final class FakeLanguageDetector implements LanguageDetector {
    private final Map<String, String> known;

    public FakeLanguageDetector(Map<String, String> known) {
        this.known = Map.copyOf(known);
    }

    @Override
    public Optional<String> detect(String text) {
        return Optional.ofNullable(known.get(text.strip()));
    }
}
