package org.prr.portal.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;

/** A report version as staff see it: where it sits in the ledger and its figures (the family section). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(
        String reportId,
        MetricFamily family,
        PeriodView period,
        int version,
        boolean current,
        long ledgerSeq,
        Instant recordedAt,
        String supersedes,
        String supersededBy,
        String amendmentReason,
        JsonNode figures) {

    public record PeriodView(LocalDate start, LocalDate end, Cadence cadence) {}
}
