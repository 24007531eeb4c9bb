package org.prr.agent.verification;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** DOWN when the last check that reached a verdict found the portal's record changed; a check not made keeps it. */
@Component("ledger")
class LedgerHealthIndicator implements HealthIndicator {

    private final LedgerVerification verification;

    LedgerHealthIndicator(LedgerVerification verification) {
        this.verification = verification;
    }

    @Override
    public Health health() {
        LedgerVerification.Outcome last = verification.lastVerdict();
        if (last == null) {
            return Health.up().withDetail("ledger", "not checked yet").build();
        }
        return last.verdict() == LedgerVerification.Verdict.MISMATCH
                ? Health.down().withDetail("mismatch", last.problem()).build()
                : Health.up().build();
    }
}
