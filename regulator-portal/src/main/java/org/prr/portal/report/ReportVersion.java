package org.prr.portal.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;

/** One accepted report of a period; amendments link versions through {@code supersedes} / {@code supersededBy}. */
@Entity
class ReportVersion {

    @Id
    private String reportId;
    private String platformId;
    @Enumerated(EnumType.STRING)
    private MetricFamily family;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    @Enumerated(EnumType.STRING)
    private Cadence cadence;
    private int version;
    private long ledgerSeq;
    private Instant recordedAt;
    private String supersedes;
    private String supersededBy;
    private String amendmentReason;

    protected ReportVersion() {
    }

    ReportVersion(MetricReport report, int version, long ledgerSeq, Instant recordedAt) {
        this.reportId = report.reportId().toString();
        this.platformId = report.platformId();
        this.family = report.family();
        this.periodStart = report.period().start();
        this.periodEnd = report.period().end();
        this.cadence = report.period().cadence();
        this.version = version;
        this.ledgerSeq = ledgerSeq;
        this.recordedAt = recordedAt;
        this.supersedes = report.supersedes() == null ? null : report.supersedes().toString();
        this.amendmentReason = report.amendmentReason();
    }

    boolean isForSamePeriodAs(MetricReport report) {
        return family == report.family() && periodStart.equals(report.period().start())
                && periodEnd.equals(report.period().end());
    }

    void supersededBy(MetricReport amendment) {
        this.supersededBy = amendment.reportId().toString();
    }

    String getReportId() {
        return reportId;
    }

    String getPlatformId() {
        return platformId;
    }

    int getVersion() {
        return version;
    }

    String getSupersedes() {
        return supersedes;
    }

    String getSupersededBy() {
        return supersededBy;
    }

    ReportView view(String figures) {
        return new ReportView(reportId, family, new ReportView.PeriodView(periodStart, periodEnd, cadence), version,
                supersededBy == null, ledgerSeq, recordedAt, supersedes, supersededBy, amendmentReason, figures);
    }
}
