/** The agent's command line: status, backfill, resend, recompute, incidents and notices. */
@ApplicationModule(
        displayName = "Command line",
        allowedDependencies = {"incident", "metrics", "notice", "outbox", "scheduling", "settings", "status"})
package org.prr.agent.cli;

import org.springframework.modulith.ApplicationModule;
