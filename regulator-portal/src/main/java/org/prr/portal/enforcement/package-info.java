/**
 * Enforcement (执法与整改): the actions taken against a platform, each a ledger entry with its date, legal basis, the
 * flags and reports it rests on, who decided and the attachments' hashes; and rectification orders as cases the
 * platform answers through its agent and staff re-check, close or escalate.
 */
@ApplicationModule(
        displayName = "Enforcement",
        allowedDependencies = {"errors", "flag", "intake", "jdbc", "ledger", "notice", "obligation", "platform", "staff"
        })
package org.prr.portal.enforcement;

import org.springframework.modulith.ApplicationModule;
