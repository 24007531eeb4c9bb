/** The platforms the regulator knows, their jurisdictions, tiers and signing keys. */
@ApplicationModule(
        displayName = "Platform registry",
        allowedDependencies = {"errors", "jdbc", "staff"})
package org.prr.portal.platform;

import org.springframework.modulith.ApplicationModule;
