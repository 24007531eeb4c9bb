/**
 * Meeting packs (例会通报): a jurisdiction's period on paper for the regular meeting — completeness, late and missing
 * filers, flags opened and resolved, incidents, enforcement, typical cases chosen by staff — as a PDF frozen as of the
 * time it was made, with the SHA-256 of its content printed on it and recorded.
 */
@ApplicationModule(
        displayName = "Meeting packs",
        allowedDependencies = {
            "enforcement",
            "errors",
            "filing",
            "flag",
            "incident",
            "jdbc",
            "obligation",
            "platform",
            "staff"
        })
package org.prr.portal.meeting;

import org.springframework.modulith.ApplicationModule;
