/** Filing status (报送情况): who owed which period, and who filed it on time, late, amended, or not at all. */
@ApplicationModule(
        displayName = "Filings",
        allowedDependencies = {"errors", "flag", "obligation", "platform", "report", "staff"})
package org.prr.portal.filing;

import org.springframework.modulith.ApplicationModule;
