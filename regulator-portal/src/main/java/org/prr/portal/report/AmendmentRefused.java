package org.prr.portal.report;

import org.prr.model.MetricReport;
import org.prr.portal.errors.InvalidInput;

/** An amendment must supersede the current report of the same platform, family and period. */
class AmendmentRefused extends InvalidInput {

    private AmendmentRefused(String message) {
        super("supersedes", message);
    }

    static AmendmentRefused unknownReport(MetricReport amendment) {
        return new AmendmentRefused(
                "no accepted report " + amendment.supersedes() + " of platform " + amendment.platformId());
    }

    static AmendmentRefused otherPeriod(MetricReport amendment) {
        return new AmendmentRefused(
                "report " + amendment.supersedes() + " is of another family or period; an amendment keeps both");
    }

    static AmendmentRefused alreadyAmended(MetricReport amendment, String amendedBy) {
        return new AmendmentRefused(
                "report " + amendment.supersedes() + " was already amended by " + amendedBy + "; amend that one");
    }
}
