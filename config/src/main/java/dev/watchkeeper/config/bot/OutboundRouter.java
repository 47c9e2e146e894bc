package dev.watchkeeper.config.bot;

import dev.watchkeeper.core.bot.Outbound;
import dev.watchkeeper.core.bot.RemoteOutbound;
import dev.watchkeeper.core.decision.Decision;
import dev.watchkeeper.core.model.Platform;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends decisions to the adapter of the platform each decision targets. Adapters register when
 * they are created. Decisions for a platform with no adapter here go to the {@link RemoteOutbound}
 * (another instance runs it: {@code watchkeeper.store=redis}), or are logged and dropped ({@link
 * #DROP}, the in-memory store's single instance). Thread-safe; blocks while an adapter or the
 * remote outbound takes the decisions.
 */
public final class OutboundRouter implements Outbound {
    private static final Logger log = LoggerFactory.getLogger(OutboundRouter.class);

    /** For a lone instance: decisions for a platform it does not run are logged and dropped. */
    public static final RemoteOutbound DROP =
            (platform, batch) -> log.warn("No {} adapter running: {} decision(s) dropped", platform, batch.size());

    private final Map<Platform, Outbound> adapters = new EnumMap<>(Platform.class);
    private final RemoteOutbound remote;

    /** @param remote where decisions for a platform without a local adapter go */
    public OutboundRouter(RemoteOutbound remote) {
        this.remote = remote;
    }

    /** Routes the platform's decisions to this adapter from now on. */
    public synchronized void register(Platform platform, Outbound adapter) {
        adapters.put(platform, adapter);
    }

    /** The adapters registered so far, by platform. */
    public synchronized Map<Platform, Outbound> adapters() {
        return Map.copyOf(adapters);
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
            if (adapter != null) {
                adapter.send(batch);
                return;
            }
            try {
                remote.forward(platform, batch);
            } catch (RuntimeException e) {
                log.error("Handing {} decision(s) to the {} instance failed: dropped", batch.size(), platform, e);
            }
        });
    }
}
