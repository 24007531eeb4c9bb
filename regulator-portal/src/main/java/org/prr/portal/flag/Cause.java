package org.prr.portal.flag;

import java.time.LocalDate;
import org.prr.model.MetricFamily;

/**
 * What a gap rule found for one platform: the family and period it is about (no family for the agent's silence, no
 * period for a trend that lasts as long as it lasts), the measure when a rule checks more than one, and the words
 * staff read.
 */
public record Cause(
        String platformId,
        MetricFamily family,
        LocalDate periodStart,
        LocalDate periodEnd,
        String measure,
        String detail,
        FlagSeverity severity) {

    /** What makes this cause the same cause at the next evaluation. */
    public String subject() {
        String period = family == null
                ? "agent"
                : periodStart == null ? family.name() : family + "/" + periodStart + ".." + periodEnd;
        return measure == null ? period : period + "/" + measure;
    }
}
