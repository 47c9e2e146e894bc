package dev.watchkeeper.core.incident.signal;

import static java.util.Objects.requireNonNull;

import dev.watchkeeper.core.model.Platform;

/**
 * What a signal keeps of one member's message, beyond counting them: where and in which language
 * it was written, and its text with personal data and secrets already taken out.
 *
 * @param platform where it was written
 * @param language the language it was answered in
 * @param example the redacted text, cut short
 */
public record SignalSample(Platform platform, String language, String example) {
    public SignalSample {
        requireNonNull(platform, "platform");
        requireNonNull(language, "language");
        requireNonNull(example, "example");
    }
}
