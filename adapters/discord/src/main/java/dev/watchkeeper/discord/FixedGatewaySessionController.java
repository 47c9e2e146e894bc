package dev.watchkeeper.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.jspecify.annotations.Nullable;

/**
 * JDA's concurrent session controller, connecting to a configured gateway instead of the one the
 * REST API names (a gateway proxy, or a test's fake gateway). The shard count and concurrency
 * still come from the REST API when not configured.
 */
final class FixedGatewaySessionController extends ConcurrentSessionController {
    private final @Nullable String gateway;

    FixedGatewaySessionController(@Nullable String gateway) {
        this.gateway = gateway;
    }

    @Override
    public String getGateway() {
        return gateway != null ? gateway : super.getGateway();
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway fromRest = super.getShardedGateway(api);
        return gateway == null
                ? fromRest
                : new ShardedGateway(gateway, fromRest.getShardTotal(), fromRest.getConcurrency());
    }
}
