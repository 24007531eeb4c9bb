/**
 * The regulator's web UI (监管端): server-rendered pages in Chinese first (English switchable), each limited to the
 * signed-in person's jurisdiction through the same services as the API.
 */
@ApplicationModule(
        displayName = "Web UI",
        allowedDependencies = {
            "enforcement",
            "errors",
            "export",
            "filing",
            "flag",
            "incident",
            "gap",
            "ledger",
            "meeting",
            "notice",
            "obligation",
            "platform",
            "report",
            "staff"
        })
package org.prr.portal.ui;

import org.springframework.modulith.ApplicationModule;
