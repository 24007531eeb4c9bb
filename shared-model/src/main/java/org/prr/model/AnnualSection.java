package org.prr.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

/**
 * ANNUAL — 年度履行主体责任情况报告. The year's figures of each family, compiled by the agent from its own period
 * reports (a family without period reports is null), the number of period reports each was compiled from, the
 * narrative sections and the community rules in force.
 */
public record AnnualSection(
        @Valid ComplaintsSection complaints,
        @Valid TakedownsSection takedowns,
        @Valid StaffingSection staffing,
        Map<MetricFamily, @PositiveOrZero Long> periodReports,
        Map<AnnualTopic, @NotBlank @Size(max = 20_000) String> narrative,
        @Size(max = 64) String communityRulesVersion,
        LocalDate communityRulesEffectiveFrom) implements ReportSection {

    @Override
    public MetricFamily family() {
        return MetricFamily.ANNUAL;
    }
}
