package org.prr.agent.status;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Instant;
import org.prr.model.MetricFamily;
import org.springframework.stereotype.Component;

/**
 * The agent's state as Prometheus gauges: {@code agent_outbox_depth}, {@code agent_outbox_oldest_undelivered_seconds},
 * {@code agent_dead_letters} and {@code agent_report_last_success_seconds{family}} (Unix time of the last delivered
 * report; absent until there is one). Delivery errors are counted where they happen, as
 * {@code agent_delivery_errors_total{status}}. One snapshot serves all gauges of a scrape.
 */
@Component
class AgentMetrics implements MeterBinder {

    private final AgentStatus status;
    private final Clock clock;
    private AgentStatus.Snapshot snapshot;
    private Instant takenAt = Instant.EPOCH;

    AgentMetrics(AgentStatus status, Clock clock) {
        this.status = status;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("agent.outbox.depth", this, m -> m.current().pending())
                .description("reports waiting to be delivered")
                .register(registry);
        Gauge.builder("agent.outbox.oldest.undelivered", this, m -> m.current()
                        .oldestPendingAge()
                        .toSeconds())
                .baseUnit("seconds")
                .description("how long the oldest undelivered report has waited")
                .register(registry);
        Gauge.builder("agent.dead.letters", this, m -> m.current().deadLetters().size())
                .description("reports the portal refused, waiting for an operator")
                .register(registry);
        for (MetricFamily family : MetricFamily.values()) {
            Gauge.builder("agent.report.last.success", this, m -> m.lastSuccess(family))
                    .baseUnit("seconds")
                    .description("when the last report of the obligation was delivered (Unix time)")
                    .tag("family", family.name())
                    .register(registry);
        }
    }

    private double lastSuccess(MetricFamily family) {
        return current().obligations().stream()
                .filter(o -> o.obligation().family() == family)
                .filter(o -> o.lastDeliveredAt() != null)
                .findFirst()
                .map(o -> (double) o.lastDeliveredAt().getEpochSecond())
                .orElse(Double.NaN);
    }

    private synchronized AgentStatus.Snapshot current() {
        Instant now = clock.instant();
        if (snapshot == null || now.isAfter(takenAt.plusSeconds(2))) {
            snapshot = status.snapshot();
            takenAt = now;
        }
        return snapshot;
    }
}
