package dev.watchkeeper.core.bot;

import dev.watchkeeper.core.decision.Decision;
import java.util.List;

/**
 * Port: carries decisions out on a platform, for decisions that do not answer an inbound event
 * (scheduled SLA alerts, say). Each platform adapter implements it. Implementations are
 * thread-safe and may block on the platform's API; callers use a background thread.
 */
public interface Outbound {
    /** Carries the decisions out in order; a failure of one is logged and does not stop the rest. */
    void send(List<Decision> decisions);
}
