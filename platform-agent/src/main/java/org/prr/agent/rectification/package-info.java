/**
 * Rectification orders (限期整改) from the regulator, kept as they arrive in notices, and the platform's signed
 * reports of what it did, with the SHA-256 of each piece of evidence, queued for the portal on their own route.
 */
@ApplicationModule(
        displayName = "Rectification",
        allowedDependencies = {"notice", "outbox", "settings"})
package org.prr.agent.rectification;

import org.springframework.modulith.ApplicationModule;
