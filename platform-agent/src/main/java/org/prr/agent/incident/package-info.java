/** Major incidents raised by platform staff, queued for the portal ahead of reports. */
@ApplicationModule(
        displayName = "Incidents",
        allowedDependencies = {"outbox", "settings"})
package org.prr.agent.incident;

import org.springframework.modulith.ApplicationModule;
