package org.prr.portal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.prr.model.MetricFamily;

/** The figures the gap rules read of one period's current report, as charts draw them; null: not collected. */
public record KeyFigures(
        MetricFamily family,
        LocalDate periodStart,
        LocalDate periodEnd,
        Long complaintsReceived,
        Long complaintsHandled,
        Long handledWithinSla,
        Long feedbackGiven,
        Long backlogAtEnd,
        Long itemsActioned,
        BigDecimal reviewersFte,
        Long dailyActiveUsers,
        Long contentItemsPerDay) {}
