/** Obligations from the portal, one Quartz trigger each, catch-up and backfill. */
@ApplicationModule(
        displayName = "Scheduling",
        allowedDependencies = {"metrics", "outbox", "settings", "source", "transport"})
package org.prr.agent.scheduling;

import org.springframework.modulith.ApplicationModule;
