/** Notices from the regulator to platforms, their delivery by long poll, and acknowledgements. */
@ApplicationModule(
        displayName = "Notices",
        allowedDependencies = {"errors", "intake", "jdbc", "ledger", "platform", "staff"})
package org.prr.portal.notice;

import org.springframework.modulith.ApplicationModule;
