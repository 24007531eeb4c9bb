/** The platforms' reports by period: intake, current versions, amendments, figures for staff. */
@ApplicationModule(
        displayName = "Reports",
        allowedDependencies = {"errors", "intake", "jdbc", "ledger", "obligation", "platform", "staff"})
package org.prr.portal.report;

import org.springframework.modulith.ApplicationModule;
