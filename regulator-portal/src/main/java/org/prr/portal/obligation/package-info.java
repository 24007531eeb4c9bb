/** What each platform must report: families, cadences, grace periods, as data. */
@ApplicationModule(
        displayName = "Obligations",
        allowedDependencies = {"errors", "intake", "platform", "staff"})
package org.prr.portal.obligation;

import org.springframework.modulith.ApplicationModule;
