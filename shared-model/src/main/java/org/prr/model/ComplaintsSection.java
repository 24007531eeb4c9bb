package org.prr.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** COMPLAINTS — 投诉举报受理处置反馈. Counts are for the period; null means not collected. */
@ConsistentTotals
public record ComplaintsSection(
        @PositiveOrZero Long received,
        Map<ComplaintChannel, @PositiveOrZero Long> receivedByChannel,
        Map<Category, @PositiveOrZero Long> receivedByCategory,
        @PositiveOrZero Long handled,
        @PositiveOrZero Long handledWithinSla,
        Map<ComplaintOutcome, @PositiveOrZero Long> outcomes,
        @PositiveOrZero Long feedbackGiven,
        @PositiveOrZero Long backlogAtEnd,
        @DecimalMin("0") BigDecimal medianHoursToResolution,
        @DecimalMin("0") BigDecimal p90HoursToResolution,
        @PositiveOrZero Long appealsReceived,
        @PositiveOrZero Long appealsUpheld)
        implements ReportSection, ConsistentTotals.Checked {

    @Override
    public MetricFamily family() {
        return MetricFamily.COMPLAINTS;
    }

    @Override
    public List<ConsistentTotals.Check> totalChecks() {
        return List.of(
                ConsistentTotals.Check.sumOf("receivedByChannel", receivedByChannel, "received", received),
                ConsistentTotals.Check.sumOf("receivedByCategory", receivedByCategory, "received", received),
                ConsistentTotals.Check.sumOf("outcomes", outcomes, "handled", handled),
                ConsistentTotals.Check.atMost("handledWithinSla", handledWithinSla, "handled", handled),
                ConsistentTotals.Check.atMost("feedbackGiven", feedbackGiven, "handled", handled),
                ConsistentTotals.Check.atMost("appealsUpheld", appealsUpheld, "appealsReceived", appealsReceived));
    }
}
