package dev.watchkeeper.core.shield;

/**
 * Port: maps a string to its confusable skeleton (Unicode TR39), so that strings that look the
 * same ("0KX", "ОКХ", "okx") get the same skeleton. Implementations must be thread-safe and must
 * not block.
 */
@FunctionalInterface
public interface ConfusableSkeleton {
    /** The skeleton of the text, lower-cased; equal skeletons mean the texts look alike. */
    String skeleton(String text);
}
