/** The durable outbox: reports and incidents waiting for delivery, with their receipts. */
@ApplicationModule(
        displayName = "Outbox",
        allowedDependencies = {})
package org.prr.agent.outbox;

import org.springframework.modulith.ApplicationModule;
