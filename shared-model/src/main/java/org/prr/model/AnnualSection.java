package org.prr.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * ANNUAL — 年度履行主体责任情况报告. The year's figures of each family, compiled by the agent from its own period
 * reports (a family without period reports is null), which of the year's periods each covers, the narrative sections
 * and the community rules in force.
 */
public record AnnualSection(
        @Valid ComplaintsSection complaints,
        @Valid TakedownsSection takedowns,
        @Valid StaffingSection staffing,
        Map<MetricFamily, @Valid Coverage> coverage,
        Map<AnnualTopic, @NotBlank @Size(max = 20_000) String> narrative,
        @Size(max = 64) String communityRulesVersion,
        LocalDate communityRulesEffectiveFrom)
        implements ReportSection {

    @Override
    public MetricFamily family() {
        return MetricFamily.ANNUAL;
    }

    /**
     * Which periods of the year a family's figures cover: {@code periods} reports of {@code cadence} out of the
     * {@code periodsInYear} the year has, from {@code first} (the first covered period's start) to {@code last} (the
     * last one's end). Fewer periods than the year has mean the totals are partial (an agent installed mid-year, or
     * periods that could not be computed).
     */
    public record Coverage(
            @NotNull Cadence cadence,
            @PositiveOrZero long periods,
            @PositiveOrZero long periodsInYear,
            @NotNull LocalDate first,
            @NotNull LocalDate last) {

        public boolean complete() {
            return periods == periodsInYear;
        }
    }
}
