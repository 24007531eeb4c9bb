package org.prr.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid reports to start tests from; each test changes only what it is about, through the builders
 * ({@code complaints().backlogAtEnd(16L).build()}, {@code report("cq-video").complaints(section).build()}). A new
 * report is for a day of its own platform's, counting back from {@link #DAY}, since a period is reported once and
 * then only amended.
 */
public final class ReportFixtures {

    public static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final Map<String, AtomicInteger> DAYS_BACK = new ConcurrentHashMap<>();

    private ReportFixtures() {}

    /** The valid COMPLAINTS section every report starts from: 120 received, 110 handled, 15 left open. */
    public static Complaints complaints() {
        return new Complaints();
    }

    /** A report of the platform's next unreported day, with the fixture's COMPLAINTS section. */
    public static Report report(String platformId) {
        return new Report(platformId);
    }

    public static MetricReport complaintsReport(String platformId) {
        return report(platformId).build();
    }

    /** A new COMPLAINTS report for the given period, which may be one the rules refuse. */
    public static MetricReport complaintsReport(String platformId, Period period) {
        return report(platformId).period(period).build();
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

    /** Builds a COMPLAINTS report; what is not set is the fixture's. */
    public static final class Report {
        private final String platformId;
        private UUID reportId = UUID.randomUUID();
        private Period period;
        private ComplaintsSection complaints = ReportFixtures.complaints().build();

        private Report(String platformId) {
            this.platformId = platformId;
        }

        public Report reportId(UUID reportId) {
            this.reportId = reportId;
            return this;
        }

        public Report period(Period period) {
            this.period = period;
            return this;
        }

        public Report complaints(ComplaintsSection complaints) {
            this.complaints = complaints;
            return this;
        }

        public MetricReport build() {
            Period day = period != null
                    ? period
                    : Period.day(DAY.minusDays(DAYS_BACK
                            .computeIfAbsent(platformId, id -> new AtomicInteger())
                            .getAndIncrement()));
            return MetricReport.create(
                    reportId,
                    platformId,
                    day,
                    OffsetDateTime.of(2026, 11, 24, 1, 0, 5, 0, ZoneOffset.ofHours(8)),
                    "0.1.0",
                    complaints);
        }
    }

    /** Builds a COMPLAINTS section, each figure settable; null means "not collected", as on the wire. */
    public static final class Complaints {
        private Long received = 120L;
        private Map<ComplaintChannel, Long> receivedByChannel =
                Map.of(ComplaintChannel.WEB_FORM, 50L, ComplaintChannel.IN_APP, 70L);
        private Map<Category, Long> receivedByCategory =
                Map.of(Category.RUMOURS_FALSE_INFORMATION, 20L, Category.OTHER, 100L);
        private Long handled = 110L;
        private Long handledWithinSla = 100L;
        private Map<ComplaintOutcome, Long> outcomes =
                Map.of(ComplaintOutcome.CONTENT_REMOVED, 60L, ComplaintOutcome.NO_VIOLATION, 50L);
        private Long feedbackGiven = 105L;
        private Long backlogAtEnd = 15L;
        private BigDecimal medianHoursToResolution = new BigDecimal("3.50");
        private BigDecimal p90HoursToResolution = new BigDecimal("20.00");
        private Long appealsReceived = 2L;
        private Long appealsUpheld = 0L;

        private Complaints() {}

        /** Every figure null (not collected), to set only those a test is about. */
        public Complaints nothingCollected() {
            received = null;
            receivedByChannel = null;
            receivedByCategory = null;
            handled = null;
            handledWithinSla = null;
            outcomes = null;
            feedbackGiven = null;
            backlogAtEnd = null;
            medianHoursToResolution = null;
            p90HoursToResolution = null;
            appealsReceived = null;
            appealsUpheld = null;
            return this;
        }

        public Complaints received(Long received) {
            this.received = received;
            return this;
        }

        public Complaints receivedByChannel(Map<ComplaintChannel, Long> receivedByChannel) {
            this.receivedByChannel = receivedByChannel;
            return this;
        }

        public Complaints receivedByCategory(Map<Category, Long> receivedByCategory) {
            this.receivedByCategory = receivedByCategory;
            return this;
        }

        public Complaints handled(Long handled) {
            this.handled = handled;
            return this;
        }

        public Complaints feedbackGiven(Long feedbackGiven) {
            this.feedbackGiven = feedbackGiven;
            return this;
        }

        public Complaints handledWithinSla(Long handledWithinSla) {
            this.handledWithinSla = handledWithinSla;
            return this;
        }

        public Complaints backlogAtEnd(Long backlogAtEnd) {
            this.backlogAtEnd = backlogAtEnd;
            return this;
        }

        /** No resolution times and no appeals: the figures a section may leave out. */
        public Complaints withoutOptionalFigures() {
            medianHoursToResolution = null;
            p90HoursToResolution = null;
            appealsReceived = null;
            appealsUpheld = null;
            return this;
        }

        public ComplaintsSection build() {
            return new ComplaintsSection(
                    received,
                    receivedByChannel,
                    receivedByCategory,
                    handled,
                    handledWithinSla,
                    outcomes,
                    feedbackGiven,
                    backlogAtEnd,
                    medianHoursToResolution,
                    p90HoursToResolution,
                    appealsReceived,
                    appealsUpheld);
        }
    }
}
