/** Regulator staff: users, roles, jurisdictions, security, and the audit trail of what they read and change. */
@ApplicationModule(
        displayName = "Staff",
        allowedDependencies = {"errors"})
package org.prr.portal.staff;

import org.springframework.modulith.ApplicationModule;
