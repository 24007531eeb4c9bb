/**
 * A ledger both sides can verify: the agent checks that everything it holds a receipt for is in its platform's chain
 * at the portal unchanged, that the chain recomputes, and that the portal's signed checkpoint covers it; a mismatch
 * turns the agent's health DOWN.
 */
@ApplicationModule(
        displayName = "Ledger verification",
        allowedDependencies = {"settings", "transport"})
package org.prr.agent.verification;

import org.springframework.modulith.ApplicationModule;
