/**
 * Flags (问题线索): one per cause a gap rule finds, opened and resolved by the evaluation, worked by staff
 * (acknowledge, resolve with a note, waive with a reason until a date), each transition a ledger entry.
 */
@ApplicationModule(
        displayName = "Flags",
        allowedDependencies = {"errors", "jdbc", "ledger", "platform", "staff"})
package org.prr.portal.flag;

import org.springframework.modulith.ApplicationModule;
