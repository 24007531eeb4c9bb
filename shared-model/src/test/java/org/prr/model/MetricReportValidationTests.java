package org.prr.model;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricReportValidationTests {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    private Map<String, String> violations(MetricReport report) {
        Set<ConstraintViolation<MetricReport>> found = validator.validate(report);
        return found.stream()
                .collect(Collectors.toMap(
                        v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a + "; " + b));
    }

    @Test
    void acceptsTheFixture() {
        assertThat(violations(ReportFixtures.complaintsReport("cq-video"))).isEmpty();
    }

    @Test
    void rejectsNegativeCountsNamingTheField() {
        ComplaintsSection c = ReportFixtures.complaints();
        ComplaintsSection negative = new ComplaintsSection(
                c.received(),
                c.receivedByChannel(),
                c.receivedByCategory(),
                c.handled(),
                c.handledWithinSla(),
                c.outcomes(),
                c.feedbackGiven(),
                -1L,
                c.medianHoursToResolution(),
                c.p90HoursToResolution(),
                c.appealsReceived(),
                c.appealsUpheld());
        assertThat(violations(ReportFixtures.complaintsReport("p", UUID.randomUUID(), negative)))
                .containsOnlyKeys("complaints.backlogAtEnd");
    }

    @Test
    void rejectsNegativeBreakdownValues() {
        ComplaintsSection c = ReportFixtures.complaints();
        ComplaintsSection negative = new ComplaintsSection(
                0L,
                Map.of(ComplaintChannel.EMAIL, 5L, ComplaintChannel.HOTLINE, -5L),
                null,
                c.handled(),
                c.handledWithinSla(),
                c.outcomes(),
                c.feedbackGiven(),
                c.backlogAtEnd(),
                null,
                null,
                null,
                null);
        assertThat(violations(ReportFixtures.complaintsReport("p", UUID.randomUUID(), negative))
                        .keySet())
                .anyMatch(field -> field.startsWith("complaints.receivedByChannel"));
    }

    @Test
    void rejectsABreakdownWhoseSumOverflowsEvenWhenTheWrappedSumMatches() {
        ComplaintsSection c = ReportFixtures.complaints();
        ComplaintsSection wrapped = new ComplaintsSection(
                0L,
                Map.of(
                        ComplaintChannel.EMAIL,
                        Long.MAX_VALUE,
                        ComplaintChannel.HOTLINE,
                        Long.MAX_VALUE,
                        ComplaintChannel.WEB_FORM,
                        2L),
                null,
                c.handled(),
                c.handledWithinSla(),
                c.outcomes(),
                c.feedbackGiven(),
                c.backlogAtEnd(),
                null,
                null,
                null,
                null);
        Map<String, String> found = violations(ReportFixtures.complaintsReport("p", UUID.randomUUID(), wrapped));
        assertThat(found).containsOnlyKeys("complaints.receivedByChannel");
        assertThat(found.get("complaints.receivedByChannel")).startsWith("sums to more than");
    }

    @Test
    void rejectsBreakdownThatDoesNotSumToItsTotal() {
        ComplaintsSection c = ReportFixtures.complaints();
        ComplaintsSection wrong = new ComplaintsSection(
                121L,
                c.receivedByChannel(),
                c.receivedByCategory(),
                c.handled(),
                c.handledWithinSla(),
                c.outcomes(),
                c.feedbackGiven(),
                c.backlogAtEnd(),
                c.medianHoursToResolution(),
                c.p90HoursToResolution(),
                c.appealsReceived(),
                c.appealsUpheld());
        Map<String, String> found = violations(ReportFixtures.complaintsReport("p", UUID.randomUUID(), wrong));
        assertThat(found).containsOnlyKeys("complaints.receivedByChannel", "complaints.receivedByCategory");
        assertThat(found.get("complaints.receivedByChannel")).isEqualTo("must sum to received (121) but sums to 120");
    }

    @Test
    void treatsNullAsNotCollectedRatherThanZero() {
        ComplaintsSection unknown = new ComplaintsSection(
                null, Map.of(ComplaintChannel.EMAIL, 3L), null, null, null, null, null, null, null, null, null, null);
        assertThat(violations(ReportFixtures.complaintsReport("p", UUID.randomUUID(), unknown)))
                .isEmpty();
    }

    @Test
    void rejectsHandledWithinSlaAboveHandled() {
        ComplaintsSection c = ReportFixtures.complaints();
        ComplaintsSection wrong = new ComplaintsSection(
                c.received(),
                c.receivedByChannel(),
                c.receivedByCategory(),
                c.handled(),
                111L,
                c.outcomes(),
                c.feedbackGiven(),
                c.backlogAtEnd(),
                null,
                null,
                null,
                null);
        assertThat(violations(ReportFixtures.complaintsReport("p", UUID.randomUUID(), wrong)))
                .containsOnlyKeys("complaints.handledWithinSla");
    }

    @ParameterizedTest(name = "{2} {0}..{1}")
    @CsvSource({
        "2026-11-02, 2026-11-01, DAY",
        "2026-11-01, 2026-11-02, DAY",
        "2026-11-24, 2026-11-30, WEEK",
        "2026-11-23, 2026-11-30, WEEK",
        "2026-11-01, 2026-11-29, MONTH",
        "2026-02-01, 2026-04-30, QUARTER",
        "2026-01-01, 2026-12-30, YEAR"
    })
    void rejectsAPeriodThatIsNotOneWholeCalendarPeriodOfItsCadenceNamingPeriod(
            LocalDate start, LocalDate end, Cadence cadence) {
        MetricReport odd = ReportFixtures.complaintsReport("p", new Period(start, end, cadence));
        assertThat(violations(odd)).containsOnlyKeys("period");
    }

    @ParameterizedTest(name = "{2} {0}..{1}")
    @CsvSource({
        "2026-11-23, 2026-11-29, WEEK",
        "2024-02-01, 2024-02-29, MONTH",
        "2026-10-01, 2026-12-31, QUARTER",
        "2026-01-01, 2026-12-31, YEAR"
    })
    void acceptsEachWholeCalendarPeriod(LocalDate start, LocalDate end, Cadence cadence) {
        MetricReport whole = ReportFixtures.complaintsReport("p", new Period(start, end, cadence));
        assertThat(violations(whole)).isEmpty();
    }

    @Test
    void requiresAmendmentReasonWhenSupersedingAReport() {
        MetricReport r = ReportFixtures.complaintsReport("p");
        MetricReport amendment = new MetricReport(
                r.schemaVersion(),
                UUID.randomUUID(),
                r.platformId(),
                r.family(),
                r.period(),
                r.generatedAt(),
                r.agentVersion(),
                r.reportId(),
                " ",
                null,
                r.complaints(),
                null,
                null,
                null);
        assertThat(violations(amendment)).containsOnlyKeys("amendmentReason");
    }

    @Test
    void rejectsSectionThatDoesNotMatchFamily() {
        MetricReport r = ReportFixtures.complaintsReport("p");
        MetricReport mismatched = new MetricReport(
                r.schemaVersion(),
                r.reportId(),
                r.platformId(),
                MetricFamily.TAKEDOWNS,
                r.period(),
                r.generatedAt(),
                r.agentVersion(),
                null,
                null,
                null,
                r.complaints(),
                null,
                null,
                null);
        assertThat(violations(mismatched)).containsOnlyKeys("family");
    }

    @Test
    void rejectsShareAboveOne() {
        MetricReport r = ReportFixtures.complaintsReport("p");
        TakedownsSection t = new TakedownsSection(
                10L, null, null, null, new BigDecimal("1.01"), null, null, null, null, null, null, null);
        MetricReport takedowns = new MetricReport(
                r.schemaVersion(),
                r.reportId(),
                r.platformId(),
                MetricFamily.TAKEDOWNS,
                r.period(),
                r.generatedAt(),
                r.agentVersion(),
                null,
                null,
                null,
                null,
                t,
                null,
                null);
        assertThat(violations(takedowns)).containsOnlyKeys("takedowns.automatedShare");
    }

    @Test
    void everyCategoryHasBothLabels() {
        for (Category category : Category.values()) {
            assertThat(category.labelZh()).as(category.name()).isNotBlank();
            assertThat(category.labelEn()).as(category.name()).isNotBlank();
        }
    }
}
