package dev.watchkeeper.config.bot;

import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Platform;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends decisions made outside an inbound event (scheduled jobs) to the adapter of the platform
 * each decision targets. Adapters register when they start. Thread-safe.
 */
public final class OutboundRouter implements Outbound {
    private static final Logger log = LoggerFactory.getLogger(OutboundRouter.class);

    private final Map<Platform, Outbound> adapters = new EnumMap<>(Platform.class);

    /** Routes the platform's decisions to this adapter from now on. */
    public synchronized void register(Platform platform, Outbound adapter) {
        adapters.put(platform, adapter);
    }

    @Override
    public void send(List<Decision> decisions) {
        Map<Platform, List<Decision>> byPlatform = new EnumMap<>(Platform.class);
        for (Decision decision : decisions) {
            byPlatform
                    .computeIfAbsent(decision.to().chat().platform(), p -> new ArrayList<>())
                    .add(decision);
        }
        byPlatform.forEach((platform, batch) -> {
            Outbound adapter;
            synchronized (this) {
                adapter = adapters.get(platform);
            }
            if (adapter == null) {
                log.warn("No {} adapter running: {} decision(s) dropped", platform, batch.size());
            } else {
                adapter.send(batch);
            }
        });
    }
}
