/** Major incidents raised by platform staff, queued for the portal ahead of reports, and the regulator's acknowledgement. */
@ApplicationModule(
        displayName = "Incidents",
        allowedDependencies = {"notice", "outbox", "settings"})
package org.prr.agent.incident;

import org.springframework.modulith.ApplicationModule;
