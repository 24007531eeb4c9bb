/** Readers of the platform's systems (SQL, files, REST) under one column contract per record type. */
@ApplicationModule(
        displayName = "Sources",
        allowedDependencies = {"settings"})
package org.prr.agent.source;

import org.springframework.modulith.ApplicationModule;
