package org.prr.portal.report;

import java.time.Instant;
import java.time.LocalDate;
import org.prr.model.MetricFamily;

/**
 * A period a platform has reported: when its first report was accepted, and its current version (1 unless amended).
 */
public record FiledPeriod(
        String platformId,
        MetricFamily family,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant firstAcceptedAt,
        String currentReportId,
        int currentVersion) {}
