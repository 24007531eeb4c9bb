package org.prr.agent.status;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code outbox} in /actuator/health: DOWN when a dead letter waits for an operator, or when the oldest undelivered
 * report has waited longer than {@code agent.delivery.stuck-after}.
 */
@Component
class OutboxHealthIndicator implements HealthIndicator {

    private final AgentStatus status;

    OutboxHealthIndicator(AgentStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        AgentStatus.Snapshot now = status.snapshot();
        Health.Builder health = now.healthy() ? Health.up() : Health.down();
        health.withDetail("pending", now.pending())
                .withDetail("oldestPendingAgeSeconds", now.oldestPendingAge().toSeconds())
                .withDetail("deadLetters", now.deadLetters().size());
        if (now.stuck()) {
            health.withDetail("stuck", "the oldest report has waited " + now.oldestPendingAge().toMinutes()
                    + " min; see the log for the portal's answers");
        }
        if (!now.deadLetters().isEmpty()) {
            health.withDetail("recover", "java -jar platform-agent.jar status; docs/agent-operations.md, 'Dead letters'");
        }
        return health.build();
    }
}
