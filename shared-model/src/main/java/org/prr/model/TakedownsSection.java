package org.prr.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** TAKEDOWNS — 违法违规信息处置与账号处置. */
@ConsistentTotals
public record TakedownsSection(
        @PositiveOrZero Long itemsActioned,
        Map<Category, @PositiveOrZero Long> itemsByCategory,
        Map<TakedownSource, @PositiveOrZero Long> itemsBySource,
        Map<TakedownMeasure, @PositiveOrZero Long> itemsByMeasure,
        @DecimalMin("0") @DecimalMax("1") BigDecimal automatedShare,
        Map<AccountAction, @PositiveOrZero Long> accountsActioned,
        @PositiveOrZero Long livestreamersBanned,
        @PositiveOrZero Long blacklistAdditions,
        @PositiveOrZero Long reincarnationBlocked,
        @PositiveOrZero Long dormantAccountsCleared,
        @PositiveOrZero Long regulatorOrdersReceived,
        @DecimalMin("0") BigDecimal medianHoursToExecuteOrder)
        implements ReportSection, ConsistentTotals.Checked {

    @Override
    public MetricFamily family() {
        return MetricFamily.TAKEDOWNS;
    }

    @Override
    public List<ConsistentTotals.Check> totalChecks() {
        return List.of(
                ConsistentTotals.Check.sumOf("itemsByCategory", itemsByCategory, "itemsActioned", itemsActioned),
                ConsistentTotals.Check.sumOf("itemsBySource", itemsBySource, "itemsActioned", itemsActioned),
                ConsistentTotals.Check.sumOf("itemsByMeasure", itemsByMeasure, "itemsActioned", itemsActioned));
    }
}
