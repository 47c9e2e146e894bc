package dev.watchkeeper.core.shield.secret;

/**
 * A secret found in a text. Carries positions, never the secret itself, so it is safe to log.
 *
 * @param kind what was found
 * @param start first char of the secret in the text that was searched
 * @param end one past its last char
 * @param certain true when a checksum or an explicit label proves it; false when it only looks
 *     like one (a seed with a typo, hex with no context)
 * @param note redacted evidence for moderators, e.g. "12 words, english list, checksum valid"
 */
public record SecretFinding(SecretKind kind, int start, int end, boolean certain, String note) {}
