/** Camel routes that sign and deliver to the portal, and poll it for notices; the signing key. */
@ApplicationModule(
        displayName = "Transport",
        allowedDependencies = {"notice", "outbox", "settings"})
package org.prr.agent.transport;

import org.springframework.modulith.ApplicationModule;
