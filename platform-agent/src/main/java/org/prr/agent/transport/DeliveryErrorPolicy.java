package org.prr.agent.transport;

import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.prr.agent.outbox.DeliveryQueue;
import org.prr.agent.settings.AgentSettings;
import org.springframework.stereotype.Component;

/**
 * What happens when the portal cannot be reached or cannot take a report now: retry the same report, without end,
 * with exponential backoff and jitter capped at {@code agent.delivery.max-backoff}. Later reports wait behind it,
 * so they arrive in order. Each retry re-signs the report with a fresh timestamp.
 */
@Component
class DeliveryErrorPolicy extends RouteConfigurationBuilder {

    static final String ID = "portal-delivery";

    private final AgentSettings.Delivery delivery;
    private final DeliveryErrors errors;

    DeliveryErrorPolicy(AgentSettings settings, DeliveryErrors errors) {
        this.delivery = settings.delivery();
        this.errors = errors;
    }

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(PortalUnavailable.class, IOException.class)
                .maximumRedeliveries(-1)
                .redeliveryDelay(delivery.initialBackoff().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(2)
                .maximumRedeliveryDelay(delivery.maxBackoff().toMillis())
                .useCollisionAvoidance()
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .logRetryStackTrace(false)
                .onRedelivery(this::recordConnectionFailure);
    }

    /** HTTP answers are recorded where they are read; failures without an answer are recorded here. */
    private void recordConnectionFailure(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        DeliveryQueue queue = exchange.getProperty(DeliveryRoutes.QUEUE, DeliveryQueue.class);
        DeliveryQueue.Pending pending = exchange.getProperty(DeliveryRoutes.PENDING, DeliveryQueue.Pending.class);
        if (cause instanceof IOException && pending != null) {
            queue.recordFailure(pending.id(), null, cause.toString());
            errors.count(null);
        }
    }
}
