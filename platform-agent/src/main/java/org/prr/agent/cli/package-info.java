/** The agent's command line: status, backfill, resend, recompute, incidents, notices and rectification reports. */
@ApplicationModule(
        displayName = "Command line",
        allowedDependencies = {
            "incident",
            "metrics",
            "notice",
            "outbox",
            "rectification",
            "scheduling",
            "settings",
            "status"
        })
package org.prr.agent.cli;

import org.springframework.modulith.ApplicationModule;
