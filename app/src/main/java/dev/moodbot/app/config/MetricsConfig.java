package dev.moodbot.app.config;

import dev.moodbot.core.config.ConfigException;

/**
 * The health and metrics endpoint of {@code moodbot run}: {@code GET /healthz} and {@code GET /metrics}.
 *
 * @param port the TCP port, or 0 for none (the default; {@code run --metrics-port} sets it too)
 * @param host the address to listen on: {@code 127.0.0.1} keeps it on this machine, {@code 0.0.0.0} opens it to
 *     a Prometheus elsewhere
 */
public record MetricsConfig(int port, String host) {
    public MetricsConfig {
        if (port < 0 || port > 65_535) {
            throw new ConfigException("metrics.port", port, "must be 0 (off) to 65535");
        }
        if (host == null || host.isBlank()) {
            throw new ConfigException("metrics.host", host, "must be an address such as 127.0.0.1 or 0.0.0.0");
        }
    }

    public static MetricsConfig defaults() {
        return new MetricsConfig(0, "127.0.0.1");
    }
}
