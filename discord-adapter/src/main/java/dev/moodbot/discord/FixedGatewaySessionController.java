package dev.moodbot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller, pointed at the configured gateway. JDA takes the gateway URL from here rather than from
 * the API, so this is the one place a proxy or a test fake's WebSocket is named. With shards, the shard manager asks
 * it for the total too: the configured one, never Discord's recommendation, since every process must agree on it.
 */
final class FixedGatewaySessionController extends ConcurrentSessionController {
    private final String gatewayUrl;
    private final int shardsTotal;

    FixedGatewaySessionController(String gatewayUrl, int shardsTotal) {
        this.gatewayUrl = gatewayUrl;
        this.shardsTotal = shardsTotal;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    /**
     * One identify at a time, 5 s apart, for the shards of this process: the limit every bot has
     * ({@code max_concurrency} 1); larger bots allowed more only start their shards more slowly.
     */
    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(gatewayUrl, shardsTotal, 1);
    }
}
