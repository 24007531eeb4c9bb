/** The operator's command line on the portal's server: the platform registry, validated and audited, and rebuilding projections. */
@ApplicationModule(
        displayName = "Admin command line",
        allowedDependencies = {"errors", "platform", "report", "staff"})
package org.prr.portal.cli;

import org.springframework.modulith.ApplicationModule;
