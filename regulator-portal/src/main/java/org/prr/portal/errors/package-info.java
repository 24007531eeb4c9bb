/** Refusals as domain exceptions, and the one place they become RFC 9457 problems; error pages. */
@ApplicationModule(
        displayName = "Errors",
        allowedDependencies = {})
package org.prr.portal.errors;

import org.springframework.modulith.ApplicationModule;
