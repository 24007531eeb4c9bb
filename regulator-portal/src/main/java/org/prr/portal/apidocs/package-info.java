/** The OpenAPI description of the portal's HTTP API, told by the controllers and their parameters. */
@ApplicationModule(
        displayName = "API description",
        allowedDependencies = {"intake"})
package org.prr.portal.apidocs;

import org.springframework.modulith.ApplicationModule;
