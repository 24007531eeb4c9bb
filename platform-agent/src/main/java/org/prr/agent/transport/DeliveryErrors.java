package org.prr.agent.transport;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts failed delivery attempts by the portal's status, or {@code connection} when there was no answer. */
@Component
class DeliveryErrors {

    private final MeterRegistry registry;

    DeliveryErrors(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(Integer httpStatus) {
        registry.counter("agent.delivery.errors", "status", httpStatus == null ? "connection" : httpStatus.toString())
                .increment();
    }
}
