/** Platform calls: the Ed25519 signature check, the body limit, strict reading and validation, rate limits. */
@ApplicationModule(
        displayName = "Signed intake",
        allowedDependencies = {"errors", "platform"})
package org.prr.portal.intake;

import org.springframework.modulith.ApplicationModule;
