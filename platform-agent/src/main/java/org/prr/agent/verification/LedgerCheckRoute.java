package org.prr.agent.verification;

import org.apache.camel.builder.RouteBuilder;
import org.prr.agent.settings.AgentSettings;
import org.springframework.stereotype.Component;

/** Runs the check a while after start and then every {@code agent.ledger-check.every}. */
@Component
class LedgerCheckRoute extends RouteBuilder {

    private final LedgerVerification verification;
    private final AgentSettings.LedgerCheck settings;

    LedgerCheckRoute(LedgerVerification verification, AgentSettings settings) {
        this.verification = verification;
        this.settings = settings.ledgerCheck();
    }

    @Override
    public void configure() {
        from("timer:ledger-check?delay=" + settings.startDelay().toMillis() + "&period="
                        + settings.every().toMillis())
                .routeId("ledger-check")
                .process(exchange -> verification.check());
    }
}
