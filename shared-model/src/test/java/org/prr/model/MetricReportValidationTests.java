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
        ComplaintsSection negative =
                ReportFixtures.complaints().backlogAtEnd(-1L).build();
        assertThat(violations(ReportFixtures.report("p").complaints(negative).build()))
                .containsOnlyKeys("complaints.backlogAtEnd");
    }

    @Test
    void rejectsNegativeBreakdownValues() {
        ComplaintsSection negative = ReportFixtures.complaints()
                .received(0L)
                .receivedByChannel(Map.of(ComplaintChannel.EMAIL, 5L, ComplaintChannel.HOTLINE, -5L))
                .receivedByCategory(null)
                .withoutOptionalFigures()
                .build();
        assertThat(violations(ReportFixtures.report("p").complaints(negative).build())
                        .keySet())
                .anyMatch(field -> field.startsWith("complaints.receivedByChannel"));
    }

    @Test
    void rejectsABreakdownWhoseSumOverflowsEvenWhenTheWrappedSumMatches() {
        ComplaintsSection wrapped = ReportFixtures.complaints()
                .received(0L)
                .receivedByChannel(Map.of(
                        ComplaintChannel.EMAIL,
                        Long.MAX_VALUE,
                        ComplaintChannel.HOTLINE,
                        Long.MAX_VALUE,
                        ComplaintChannel.WEB_FORM,
                        2L))
                .receivedByCategory(null)
                .withoutOptionalFigures()
                .build();
        Map<String, String> found =
                violations(ReportFixtures.report("p").complaints(wrapped).build());
        assertThat(found).containsOnlyKeys("complaints.receivedByChannel");
        assertThat(found.get("complaints.receivedByChannel")).startsWith("sums to more than");
    }

    @Test
    void rejectsBreakdownThatDoesNotSumToItsTotal() {
        ComplaintsSection wrong = ReportFixtures.complaints().received(121L).build();
        Map<String, String> found =
                violations(ReportFixtures.report("p").complaints(wrong).build());
        assertThat(found).containsOnlyKeys("complaints.receivedByChannel", "complaints.receivedByCategory");
        assertThat(found.get("complaints.receivedByChannel")).isEqualTo("must sum to received (121) but sums to 120");
    }

    @Test
    void treatsNullAsNotCollectedRatherThanZero() {
        ComplaintsSection unknown = ReportFixtures.complaints()
                .nothingCollected()
                .receivedByChannel(Map.of(ComplaintChannel.EMAIL, 3L))
                .build();
        assertThat(violations(ReportFixtures.report("p").complaints(unknown).build()))
                .isEmpty();
    }

    @Test
    void rejectsHandledWithinSlaAboveHandled() {
        ComplaintsSection wrong = ReportFixtures.complaints()
                .handledWithinSla(111L)
                .withoutOptionalFigures()
                .build();
        assertThat(violations(ReportFixtures.report("p").complaints(wrong).build()))
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
