package dev.watchkeeper.core.bot;

import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Platform;
import java.util.List;

/**
 * Port: hands decisions for a platform that this instance does not run to an instance that does
 * (a member's Telegram message relayed into a ticket thread on Discord, received by an instance
 * without a Discord connection). Implementations are thread-safe and may block for one round trip
 * to the medium the instances share.
 */
public interface RemoteOutbound {
    /**
     * Hands the decisions over, in order; another instance carries them out later. Returns once the
     * shared medium holds them, or, while it is away, once they wait (bounded) to be handed over
     * when it is back.
     *
     * @param platform the platform every one of the decisions targets
     * @throws RuntimeException when the decisions could not be handed over (they are then lost)
     */
    void forward(Platform platform, List<Decision> decisions);
}
