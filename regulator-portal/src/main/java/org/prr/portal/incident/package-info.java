/**
 * Major incidents (重大事项) the platforms report, their follow-ups, and the jurisdiction's inbox with the clocks by
 * severity and the staff's acknowledgement.
 */
@ApplicationModule(
        displayName = "Incidents",
        allowedDependencies = {"errors", "intake", "jdbc", "ledger", "notice", "staff"})
package org.prr.portal.incident;

import org.springframework.modulith.ApplicationModule;
