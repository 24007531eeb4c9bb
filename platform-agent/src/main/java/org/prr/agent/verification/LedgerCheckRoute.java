package org.prr.agent.verification;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.prr.agent.settings.AgentSettings;
import org.prr.agent.transport.PlatformAlerts;
import org.springframework.stereotype.Component;

/**
 * Runs the check a while after start and then every {@code agent.ledger-check.every} ({@code direct:ledger-check}
 * runs one now); a mismatch is also sent to the platform's notice channels, at each check until the record is intact
 * again.
 */
@Component
class LedgerCheckRoute extends RouteBuilder {

    private final LedgerVerification verification;
    private final PlatformAlerts alerts;
    private final AgentSettings.LedgerCheck settings;
    private final String platformId;

    LedgerCheckRoute(LedgerVerification verification, PlatformAlerts alerts, AgentSettings settings) {
        this.verification = verification;
        this.alerts = alerts;
        this.settings = settings.ledgerCheck();
        this.platformId = settings.platformId();
    }

    @Override
    public void configure() {
        from("timer:ledger-check?delay=" + settings.startDelay().toMillis() + "&period="
                        + settings.every().toMillis())
                .routeId("ledger-check-timer")
                .to("direct:ledger-check");
        from("direct:ledger-check").routeId("ledger-check").process(exchange -> {
            LedgerVerification.Outcome outcome = verification.check();
            if (outcome.verdict() == LedgerVerification.Verdict.MISMATCH) {
                alerts.send(alert(outcome));
            }
        });
    }

    private PlatformAlerts.Alert alert(LedgerVerification.Outcome mismatch) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "LEDGER_MISMATCH");
        json.put("platformId", platformId);
        json.put("checkedAt", mismatch.checkedAt().toString());
        json.put("problem", mismatch.problem());
        return new PlatformAlerts.Alert(
                "[账本核验不一致] " + platformId,
                "监管门户保存的本平台账本与报送代理持有的回执不一致：\n" + mismatch.problem() + "\n\n"
                        + "The regulator's ledger of " + platformId + " does not hold what this agent was given.\n"
                        + "Checked at: " + mismatch.checkedAt() + "\n"
                        + "Keep the agent's database (its receipts are the platform's proof) and contact the regulator.\n",
                json);
    }
}
