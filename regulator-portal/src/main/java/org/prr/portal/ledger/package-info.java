/** The per-platform, append-only, hash-chained ledger (台账), its verification and signed checkpoints. */
@ApplicationModule(
        displayName = "Ledger",
        allowedDependencies = {"errors", "intake", "jdbc", "platform", "staff"})
package org.prr.portal.ledger;

import org.springframework.modulith.ApplicationModule;
