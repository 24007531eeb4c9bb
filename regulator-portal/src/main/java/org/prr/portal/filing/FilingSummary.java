package org.prr.portal.filing;

import java.math.BigDecimal;
import org.prr.model.MetricFamily;
import org.prr.model.Period;

/**
 * How one family's period stands across the platforms that owe it.
 *
 * @param required the platforms whose due time for the period is over and that are not excused (WAIVED)
 * @param completeness the share of {@code required} that reported (on time, late or amended), in percent, or null
 *     when nothing is required yet
 */
public record FilingSummary(
        MetricFamily family,
        Period period,
        int required,
        int onTime,
        int late,
        int amended,
        int missing,
        int due,
        int waived,
        BigDecimal completeness) {}
