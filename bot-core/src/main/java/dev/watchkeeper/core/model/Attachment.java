package dev.watchkeeper.core.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A file, image or other media attached to a message. The core sees only its description, never
 * its bytes.
 *
 * @param kind a coarse kind such as {@code image}, {@code document}, {@code video}
 * @param fileName the file name the sender gave, if any
 * @param url a link to the file on the platform, if any
 */
public record Attachment(String kind, @Nullable String fileName, @Nullable String url) {
    public Attachment {
        requireNonNull(kind, "kind");
    }
}
