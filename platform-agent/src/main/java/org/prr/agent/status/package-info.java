/** What the agent has done and owes: status, health and metrics. */
@ApplicationModule(
        displayName = "Status",
        allowedDependencies = {"outbox", "scheduling", "settings", "source"})
package org.prr.agent.status;

import org.springframework.modulith.ApplicationModule;
