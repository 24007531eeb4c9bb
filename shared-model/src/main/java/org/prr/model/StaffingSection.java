package org.prr.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/** STAFFING — 人员队伍建设. Figures at period end unless named as averages or flows. */
@ConsistentTotals
public record StaffingSection(
        @DecimalMin("0") BigDecimal reviewersFte,
        @DecimalMin("0") BigDecimal reviewersInternalFte,
        @DecimalMin("0") BigDecimal reviewersExternalFte,
        @PositiveOrZero Long reviewersHeadcount,
        @PositiveOrZero Long totalStaff,
        @PositiveOrZero Long dailyActiveUsers,
        @PositiveOrZero Long contentItemsPerDay,
        Boolean chiefEditorAppointed,
        @PositiveOrZero Long licensedNewsStaff,
        @DecimalMin("0") BigDecimal trainingHours,
        @PositiveOrZero Long staffTrained,
        @PositiveOrZero Long joined,
        @PositiveOrZero Long left,
        @PositiveOrZero Long staffBlacklisted)
        implements ReportSection, ConsistentTotals.Checked {

    @Override
    public MetricFamily family() {
        return MetricFamily.STAFFING;
    }

    @Override
    public List<ConsistentTotals.Check> totalChecks() {
        return List.of(
                ConsistentTotals.Check.atMost("reviewersHeadcount", reviewersHeadcount, "totalStaff", totalStaff));
    }
}
