package org.prr.portal.report;

import org.prr.portal.errors.DomainException;

/** No accepted report of that id from that platform. */
public class ReportNotFound extends DomainException {

    private ReportNotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }

    public static ReportNotFound forId(String reportId, String platformId) {
        return new ReportNotFound("no report " + reportId + " of platform " + platformId);
    }
}
