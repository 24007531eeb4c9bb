/** The agent's settings: one validated record with a nested record per concern ({@code agent.*}). */
@ApplicationModule(
        displayName = "Settings",
        allowedDependencies = {})
package org.prr.agent.settings;

import org.springframework.modulith.ApplicationModule;
