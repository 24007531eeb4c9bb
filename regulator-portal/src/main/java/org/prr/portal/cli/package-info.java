/** The operator's command line on the portal's server: the platform registry, validated and audited. */
@ApplicationModule(
        displayName = "Admin command line",
        allowedDependencies = {"errors", "platform", "staff"})
package org.prr.portal.cli;

import org.springframework.modulith.ApplicationModule;
