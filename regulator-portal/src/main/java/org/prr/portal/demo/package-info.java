/**
 * The demo (profile {@code demo}): a clock the demo's history can be written at, and about 90 days of history of six
 * platforms in two jurisdictions, sent through the real signed API on the demo's first start.
 */
@ApplicationModule(
        displayName = "Demo",
        allowedDependencies = {"enforcement", "gap", "notice", "obligation", "platform", "staff"})
package org.prr.portal.demo;

import org.springframework.modulith.ApplicationModule;
