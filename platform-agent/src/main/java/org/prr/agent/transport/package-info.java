/**
 * Camel routes that sign and deliver to the portal and poll it for notices, the signing key, and alerts to the
 * platform's own channels (the notices' webhook and e-mail).
 */
@ApplicationModule(
        displayName = "Transport",
        allowedDependencies = {"notice", "outbox", "settings"})
package org.prr.agent.transport;

import org.springframework.modulith.ApplicationModule;
