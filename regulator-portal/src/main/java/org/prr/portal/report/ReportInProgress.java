package org.prr.portal.report;

import java.util.UUID;
import org.prr.portal.errors.DomainException;

/** The same report id is being appended by this instance right now (409): the sender retries for its receipt. */
class ReportInProgress extends DomainException {

    private ReportInProgress(String detail) {
        super(Kind.IN_PROGRESS, detail);
    }

    static ReportInProgress forId(UUID reportId) {
        return new ReportInProgress("report " + reportId + " is being processed; retry shortly for its receipt");
    }
}
