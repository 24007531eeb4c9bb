package org.prr.agent.status;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code outbox} in /actuator/health: DOWN when a dead letter waits for an operator, when the oldest undelivered
 * report has waited longer than {@code agent.delivery.stuck-after}, or when a period owed is past its due time and
 * not delivered (crashed runs, a missing source, a portal that refuses).
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
            health.withDetail(
                    "stuck",
                    "the oldest report has waited " + now.oldestPendingAge().toMinutes()
                            + " min; see the log for the portal's answers");
        }
        now.obligations().stream()
                .filter(o -> !o.overdue().isEmpty())
                .forEach(o -> health.withDetail(
                        "overdue" + o.obligation().family(),
                        o.overdue().size() + " period(s) past due and not delivered, " + "the oldest from "
                                + o.overdue().get(0).start()));
        if (now.clockSkew() != null) {
            health.withDetail("clockSkew", now.clockSkew());
        }
        if (!now.deadLetters().isEmpty()) {
            health.withDetail(
                    "recover", "java -jar platform-agent.jar status; docs/agent-operations.md, 'Dead letters'");
        }
        return health.build();
    }
}
