/** The report batch job: each family's figures for a period, from the platform's sources. */
@ApplicationModule(
        displayName = "Metrics",
        allowedDependencies = {"outbox", "settings", "source"})
package org.prr.agent.metrics;

import org.springframework.modulith.ApplicationModule;
