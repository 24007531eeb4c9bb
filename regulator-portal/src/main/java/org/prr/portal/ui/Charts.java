package org.prr.portal.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.prr.model.MetricFamily;
import org.prr.portal.flag.GapRule;
import org.prr.portal.gap.GapRules;
import org.prr.portal.platform.Platform;
import org.prr.portal.report.KeyFigures;
import org.prr.portal.report.ReportBook;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.stereotype.Component;

/**
 * What the platform page's charts draw: each family's key figures over the last periods, from the typed projection the
 * gap rules read, with the threshold of the rule that reads them as it applies to this platform (its own override, its
 * jurisdiction's, or its tier's default).
 */
@Component
class Charts {

    /** How far back the charts look. */
    static final int DAYS = 90;

    /** One chart: the periods (their first day), one list of values per series, and the threshold line if any. */
    record Chart(List<LocalDate> periods, List<List<BigDecimal>> series, BigDecimal threshold) {}

    /** Complaints received and handled, the share handled in time (%); items actioned; reviewers per 100,000 DAU. */
    record PlatformCharts(Chart complaints, Chart slaShare, Chart takedowns, Chart reviewers) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportBook reports;
    private final GapRules rules;

    Charts(ReportBook reports, GapRules rules) {
        this.reports = reports;
        this.rules = rules;
    }

    PlatformCharts of(StaffPrincipal by, Platform platform, LocalDate today) {
        List<KeyFigures> figures = reports.keyFigures(platform.getPlatformId(), today.minusDays(DAYS));
        Map<GapRule, BigDecimal> thresholds = new EnumMap<>(GapRule.class);
        rules.appliedTo(by, platform).stream()
                .filter(applied -> applied.threshold() != null)
                .forEach(applied -> thresholds.put(applied.rule(), applied.threshold()));
        return new PlatformCharts(
                chart(
                        figures,
                        MetricFamily.COMPLAINTS,
                        null,
                        f -> decimal(f.complaintsReceived()),
                        f -> decimal(f.complaintsHandled())),
                chart(
                        figures,
                        MetricFamily.COMPLAINTS,
                        thresholds.containsKey(GapRule.SLA_SHARE_LOW)
                                ? thresholds.get(GapRule.SLA_SHARE_LOW).multiply(HUNDRED)
                                : null,
                        f -> share(f.handledWithinSla(), f.complaintsHandled())),
                chart(figures, MetricFamily.TAKEDOWNS, null, f -> decimal(f.itemsActioned())),
                chart(
                        figures,
                        MetricFamily.STAFFING,
                        thresholds.get(GapRule.UNDERSTAFFED),
                        f -> f.reviewersFte() == null || f.dailyActiveUsers() == null || f.dailyActiveUsers() == 0
                                ? null
                                : f.reviewersFte()
                                        .multiply(BigDecimal.valueOf(100_000))
                                        .divide(BigDecimal.valueOf(f.dailyActiveUsers()), 2, RoundingMode.HALF_UP)));
    }

    @SafeVarargs
    private static Chart chart(
            List<KeyFigures> figures,
            MetricFamily family,
            BigDecimal threshold,
            java.util.function.Function<KeyFigures, BigDecimal>... values) {
        List<LocalDate> periods = new ArrayList<>();
        List<List<BigDecimal>> series = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            series.add(new ArrayList<>());
        }
        for (KeyFigures f : figures) {
            if (f.family() == family) {
                periods.add(f.periodStart());
                for (int i = 0; i < values.length; i++) {
                    series.get(i).add(values[i].apply(f));
                }
            }
        }
        return new Chart(periods, series, threshold);
    }

    private static BigDecimal decimal(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static BigDecimal share(Long part, Long whole) {
        return part == null || whole == null || whole == 0
                ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
