/** How the tables written with plain SQL store instants. */
@ApplicationModule(
        displayName = "JDBC columns",
        allowedDependencies = {})
package org.prr.portal.jdbc;

import org.springframework.modulith.ApplicationModule;
