package org.prr.portal.meeting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.portal.enforcement.ActionKind;
import org.prr.portal.flag.GapRule;

/**
 * What a meeting pack holds, as of a time: the record its PDF is rendered from, whose canonical JSON is hashed.
 *
 * @param laggards the platforms with missing or late periods, most missing first (at most {@link #LAGGARDS})
 * @param incidents the incidents reported in the period (at most {@link #INCIDENTS})
 * @param remarks what staff want said with the typical cases, or null
 */
public record PackContent(
        String jurisdiction,
        LocalDate from,
        LocalDate to,
        Instant asOf,
        String generatedBy,
        List<Completeness> completeness,
        List<Laggard> laggards,
        List<FlagLine> flags,
        List<IncidentLine> incidents,
        List<KindCount> enforcement,
        List<Case> typicalCases,
        String remarks) {

    public static final int LAGGARDS = 50;
    public static final int INCIDENTS = 100;

    /** One family and cadence over the period's ended periods; {@code completeness} is filed of required, in %. */
    public record Completeness(
            MetricFamily family,
            Cadence cadence,
            int required,
            int onTime,
            int late,
            int amended,
            int missing,
            int waived,
            BigDecimal completeness) {}

    public record Laggard(String platformId, String platformName, int missing, int late) {}

    public record FlagLine(GapRule rule, long opened, long resolved) {}

    public record IncidentLine(Instant reportedAt, String platformName, String severity, String title, String status) {}

    public record KindCount(ActionKind kind, long count) {}

    /** A typical case (典型案例): an action staff chose. */
    public record Case(
            UUID actionId,
            LocalDate decidedOn,
            ActionKind kind,
            String platformName,
            String legalBasis,
            String summary) {}
}
