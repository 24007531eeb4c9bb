/** The OpenAPI description of the portal's HTTP API. */
@ApplicationModule(
        displayName = "API description",
        allowedDependencies = {})
package org.prr.portal.apidocs;

import org.springframework.modulith.ApplicationModule;
