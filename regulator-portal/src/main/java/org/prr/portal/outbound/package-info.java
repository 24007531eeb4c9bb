/**
 * Outbound notifications to the jurisdictions' duty contacts (值班联系人): new incidents, overdue incidents and new
 * CRITICAL flags, by e-mail and signed webhook, from a durable outbox delivered by Camel routes.
 */
@ApplicationModule(
        displayName = "Outbound notifications",
        allowedDependencies = {"errors", "flag", "incident", "jdbc", "ledger", "platform", "staff"})
package org.prr.portal.outbound;

import org.springframework.modulith.ApplicationModule;
