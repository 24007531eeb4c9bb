/**
 * The agent's command line: status, backfill, resend, recompute, incidents, notices, rectification reports and the
 * ledger check.
 */
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
            "status",
            "verification"
        })
package org.prr.agent.cli;

import org.springframework.modulith.ApplicationModule;
