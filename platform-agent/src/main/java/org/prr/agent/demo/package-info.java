/** The demo platform's own data, for the demo profile. */
@ApplicationModule(
        displayName = "Demo platform",
        allowedDependencies = {"settings"})
package org.prr.agent.demo;

import org.springframework.modulith.ApplicationModule;
