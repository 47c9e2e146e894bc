package dev.watchkeeper.discord.outbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The nonces of the messages one decision posts. Discord creates a message only once for a nonce
 * when {@code enforce_nonce} is set (JDA always sets it): a second create with the same nonce by
 * the same bot, within a few minutes, returns the message made the first time. A decision carried
 * out again from the outbox (after a crash, or by another instance) therefore derives the same
 * nonce for each of its messages from the entry's id, the decision's place in the entry and the
 * message's place among its parts; the text is mixed in too, so an id an in-memory outbox hands out
 * again after a restart does not collide with an earlier message. A decision sent without the
 * outbox has no nonces of its own (JDA picks random ones). Immutable.
 */
record MessageNonces(@Nullable String entryId, int decision) {
    /** Discord's longest nonce. */
    static final int LENGTH = 25;

    /** No nonces of our own. */
    static final MessageNonces NONE = new MessageNonces(null, 0);

    /** The nonce of the decision's {@code part}-th message with this text; null without an entry. */
    @Nullable
    String of(int part, String text) {
        if (entryId == null) {
            return null;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((entryId + "/" + decision + "/" + part + "/").getBytes(StandardCharsets.UTF_8));
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
