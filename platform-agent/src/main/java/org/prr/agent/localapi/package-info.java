/** The agent's own API for platform staff: the token in front of every endpoint, and its problem answers. */
@ApplicationModule(
        displayName = "Local API",
        allowedDependencies = {"settings"})
package org.prr.agent.localapi;

import org.springframework.modulith.ApplicationModule;
