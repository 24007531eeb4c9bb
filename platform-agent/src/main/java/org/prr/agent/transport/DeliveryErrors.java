package org.prr.agent.transport;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts failed delivery attempts by the portal's status, or {@code connection} when there was no answer, and says
 * once, not at every retry, that the portal refuses the agent's clock.
 */
@Component
class DeliveryErrors {

    private static final Logger log = LoggerFactory.getLogger(DeliveryErrors.class);

    private final MeterRegistry registry;
    private final AtomicBoolean clockSkewReported = new AtomicBoolean();

    DeliveryErrors(MeterRegistry registry) {
        this.registry = registry;
    }

    void clockSkew(long seconds) {
        count(401);
        if (clockSkewReported.compareAndSet(false, true)) {
            log.error(
                    "The portal refuses this agent's requests: its clock is {} s ahead of the agent's (negative: "
                            + "behind), more than it accepts. Reports wait and are retried; fix the agent's clock (NTP). "
                            + "This is logged once until a delivery succeeds.",
                    seconds);
        }
    }

    void clockAgrees() {
        if (clockSkewReported.compareAndSet(true, false)) {
            log.info("The portal accepts this agent's clock again");
        }
    }

    void count(Integer httpStatus) {
        registry.counter("agent.delivery.errors", "status", httpStatus == null ? "connection" : httpStatus.toString())
                .increment();
    }
}
