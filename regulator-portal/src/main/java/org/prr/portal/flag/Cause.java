package org.prr.portal.flag;

import java.time.LocalDate;
import org.prr.model.MetricFamily;

/**
 * What a gap rule found for one platform: the family and period it is about (no period for a trend that lasts as long
 * as it lasts), the measure when a rule checks more than one, and the words staff read. A cause with no family is
 * about the agent (no measure) or about what its measure names, e.g. {@code incident/<id>/update-2} or {@code
 * notice/<id>}.
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
        if (family == null) {
            return measure == null ? "agent" : measure;
        }
        String period = periodStart == null ? family.name() : family + "/" + periodStart + ".." + periodEnd;
        return measure == null ? period : period + "/" + measure;
    }
}
