/** The regulator's notices: the agent's inbox, acknowledgements, forwarding to the platform. */
@ApplicationModule(
        displayName = "Notices",
        allowedDependencies = {"settings"})
package org.prr.agent.notice;

import org.springframework.modulith.ApplicationModule;
