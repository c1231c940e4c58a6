package dev.moodbot.discord;

import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller, pointed at the configured gateway. JDA takes the gateway URL from here rather than from
 * the API, so this is the one place a proxy or a test fake's WebSocket is named.
 */
final class FixedGatewaySessionController extends ConcurrentSessionController {
    private final String gatewayUrl;

    FixedGatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }
}
