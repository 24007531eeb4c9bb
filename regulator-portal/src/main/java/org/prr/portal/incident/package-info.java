/** Major incidents (重大事项) the platforms report, and their follow-ups. */
@ApplicationModule(
        displayName = "Incidents",
        allowedDependencies = {"errors", "intake", "ledger"})
package org.prr.portal.incident;

import org.springframework.modulith.ApplicationModule;
