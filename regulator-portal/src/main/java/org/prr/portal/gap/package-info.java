/**
 * Gap rules (问题线索) as data, evaluated set-wise in SQL over every platform on a schedule and after each accepted
 * report or incident, and back-tested with proposed thresholds before anyone changes one; and the reporting reminders
 * sent to platforms before a report falls due and once it is missing.
 */
@ApplicationModule(
        displayName = "Gap rules",
        allowedDependencies = {
            "errors",
            "flag",
            "incident",
            "jdbc",
            "notice",
            "obligation",
            "platform",
            "report",
            "staff"
        })
package org.prr.portal.gap;

import org.springframework.modulith.ApplicationModule;
