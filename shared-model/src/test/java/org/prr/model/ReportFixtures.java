package org.prr.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid reports to start tests from; each test changes only what it is about. Each new report is for a day of its
 * own (counting back from {@link #DAY}), since a period is reported once and then only amended.
 */
public final class ReportFixtures {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final AtomicInteger DAYS_BACK = new AtomicInteger();

    private ReportFixtures() {}

    public static ComplaintsSection complaints() {
        return new ComplaintsSection(
                120L,
                Map.of(ComplaintChannel.WEB_FORM, 50L, ComplaintChannel.IN_APP, 70L),
                Map.of(Category.RUMOURS_FALSE_INFORMATION, 20L, Category.OTHER, 100L),
                110L,
                100L,
                Map.of(ComplaintOutcome.CONTENT_REMOVED, 60L, ComplaintOutcome.NO_VIOLATION, 50L),
                105L,
                15L,
                new BigDecimal("3.50"),
                new BigDecimal("20.00"),
                2L,
                0L);
    }

    public static MetricReport complaintsReport(String platformId) {
        return complaintsReport(platformId, UUID.randomUUID(), complaints());
    }

    public static MetricReport complaintsReport(String platformId, UUID reportId, ComplaintsSection section) {
        return complaintsReport(platformId, reportId, section, Period.day(DAY.minusDays(DAYS_BACK.getAndIncrement())));
    }

    /** A new COMPLAINTS report for the given period, which may be one the rules refuse. */
    public static MetricReport complaintsReport(String platformId, Period period) {
        return complaintsReport(platformId, UUID.randomUUID(), complaints(), period);
    }

    private static MetricReport complaintsReport(
            String platformId, UUID reportId, ComplaintsSection section, Period period) {
        return MetricReport.create(
                reportId,
                platformId,
                period,
                OffsetDateTime.of(2026, 11, 24, 1, 0, 5, 0, ZoneOffset.ofHours(8)),
                "0.1.0",
                section);
    }

    /** A correction of {@code original}: same platform, family and period, new figures, a new id. */
    public static MetricReport amendment(MetricReport original, ComplaintsSection section, String reason) {
        return new MetricReport(
                MetricReport.SCHEMA_VERSION,
                UUID.randomUUID(),
                original.platformId(),
                original.family(),
                original.period(),
                original.generatedAt().plusHours(1),
                original.agentVersion(),
                original.reportId(),
                reason,
                null,
                section,
                null,
                null,
                null);
    }
}
