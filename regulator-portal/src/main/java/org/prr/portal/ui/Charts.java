package org.prr.portal.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.prr.model.MetricFamily;
import org.prr.portal.flag.GapRule;
import org.prr.portal.gap.GapRules;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.Tier;
import org.prr.portal.report.KeyFigures;
import org.prr.portal.report.ReportBook;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.stereotype.Component;

/**
 * What the platform page's charts draw: each family's key figures over the last periods, from the typed projection the
 * gap rules read, with the threshold of the rule that reads them as it applies to this platform (its own override, its
 * jurisdiction's, or its tier's default), and for the shares and ratios that compare across platforms of different
 * sizes the band of the middle half of its tier in its jurisdiction, with the median (reused for ten minutes: a
 * report that arrives meanwhile moves the band at the next reading after that).
 */
@Component
class Charts {

    /** How far back the charts look. */
    static final int DAYS = 90;

    /**
     * One chart: the periods (their first day), one list of values per series, the threshold line if any, and the
     * tier's band if drawn.
     */
    record Chart(List<LocalDate> periods, List<List<BigDecimal>> series, BigDecimal threshold, Band band) {}

    /**
     * Among the platforms of the same tier in the same jurisdiction, period by period: the lower quartile, the median
     * and the upper quartile of the figure; null for a period fewer than {@link #BAND_PEERS} platforms reported.
     */
    record Band(List<BigDecimal> low, List<BigDecimal> median, List<BigDecimal> high) {}

    /** Fewer platforms than this make no band: a quartile of two is not a comparison. */
    static final int BAND_PEERS = 3;

    /** How long a tier's band is reused before its peers' figures are read again. */
    static final Duration BAND_KEPT = Duration.ofMinutes(10);

    /** Whose figures make a band: one family of the platforms of a tier in a jurisdiction, since a day. */
    private record Peers(MetricFamily family, String jurisdiction, Tier tier, LocalDate from) {}

    private record Quartiles(Instant computedAt, Map<LocalDate, List<BigDecimal>> byPeriod) {}

    /** The share of complaints handled within the time limit, in percent. */
    static final Function<KeyFigures, BigDecimal> SLA_SHARE = f -> share(f.handledWithinSla(), f.complaintsHandled());

    /** Reviewers (FTE) per 100,000 daily active users. */
    static final Function<KeyFigures, BigDecimal> REVIEWERS_PER_100K =
            f -> f.reviewersFte() == null || f.dailyActiveUsers() == null || f.dailyActiveUsers() == 0
                    ? null
                    : f.reviewersFte()
                            .multiply(BigDecimal.valueOf(100_000))
                            .divide(BigDecimal.valueOf(f.dailyActiveUsers()), 2, RoundingMode.HALF_UP);

    /** Complaints received and handled, the share handled in time (%); items actioned; reviewers per 100,000 DAU. */
    record PlatformCharts(Chart complaints, Chart slaShare, Chart takedowns, Chart reviewers) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportBook reports;
    private final GapRules rules;
    private final Clock clock;
    private final Map<Peers, Quartiles> quartiles = new ConcurrentHashMap<>();

    Charts(ReportBook reports, GapRules rules, Clock clock) {
        this.reports = reports;
        this.rules = rules;
        this.clock = clock;
    }

    PlatformCharts of(StaffPrincipal by, Platform platform, LocalDate today) {
        LocalDate from = today.minusDays(DAYS);
        List<KeyFigures> figures = reports.keyFigures(platform.getPlatformId(), from);
        Map<GapRule, BigDecimal> thresholds = new EnumMap<>(GapRule.class);
        rules.appliedTo(by, platform).stream()
                .filter(applied -> applied.threshold() != null)
                .forEach(applied -> thresholds.put(applied.rule(), applied.threshold()));
        List<LocalDate> complaintPeriods = periods(figures, MetricFamily.COMPLAINTS);
        List<LocalDate> staffingPeriods = periods(figures, MetricFamily.STAFFING);
        return new PlatformCharts(
                chart(
                        figures,
                        MetricFamily.COMPLAINTS,
                        null,
                        null,
                        f -> decimal(f.complaintsReceived()),
                        f -> decimal(f.complaintsHandled())),
                chart(
                        figures,
                        MetricFamily.COMPLAINTS,
                        thresholds.containsKey(GapRule.SLA_SHARE_LOW)
                                ? thresholds.get(GapRule.SLA_SHARE_LOW).multiply(HUNDRED)
                                : null,
                        band(platform, MetricFamily.COMPLAINTS, from, complaintPeriods, SLA_SHARE),
                        SLA_SHARE),
                chart(figures, MetricFamily.TAKEDOWNS, null, null, f -> decimal(f.itemsActioned())),
                chart(
                        figures,
                        MetricFamily.STAFFING,
                        thresholds.get(GapRule.UNDERSTAFFED),
                        band(platform, MetricFamily.STAFFING, from, staffingPeriods, REVIEWERS_PER_100K),
                        REVIEWERS_PER_100K));
    }

    @SafeVarargs
    private static Chart chart(
            List<KeyFigures> figures,
            MetricFamily family,
            BigDecimal threshold,
            Band band,
            Function<KeyFigures, BigDecimal>... values) {
        List<List<BigDecimal>> series = new ArrayList<>();
        for (Function<KeyFigures, BigDecimal> value : values) {
            series.add(figures.stream()
                    .filter(f -> f.family() == family)
                    .map(value)
                    .toList());
        }
        return new Chart(periods(figures, family), series, threshold, band);
    }

    private static List<LocalDate> periods(List<KeyFigures> figures, MetricFamily family) {
        return figures.stream()
                .filter(f -> f.family() == family)
                .map(KeyFigures::periodStart)
                .toList();
    }

    /** The tier's quartiles of the figure in each of the platform's periods; null if no period has enough peers. */
    private Band band(
            Platform platform,
            MetricFamily family,
            LocalDate from,
            List<LocalDate> periods,
            Function<KeyFigures, BigDecimal> figure) {
        if (periods.isEmpty()) {
            return null;
        }
        Map<LocalDate, List<BigDecimal>> quartiles =
                peerQuartiles(new Peers(family, platform.getJurisdiction(), platform.getTier(), from), figure);
        List<BigDecimal> low = new ArrayList<>();
        List<BigDecimal> median = new ArrayList<>();
        List<BigDecimal> high = new ArrayList<>();
        for (LocalDate period : periods) {
            List<BigDecimal> q = quartiles.get(period);
            low.add(q == null ? null : q.get(0));
            median.add(q == null ? null : q.get(1));
            high.add(q == null ? null : q.get(2));
        }
        return median.stream().allMatch(m -> m == null) ? null : new Band(low, median, high);
    }

    /**
     * The peers' quartiles of the figure by period (only periods with at least {@link #BAND_PEERS} values), computed at
     * most once per {@link #BAND_KEPT} for the same peers: reading every peer's figures is the page's heaviest query.
     */
    private Map<LocalDate, List<BigDecimal>> peerQuartiles(Peers peers, Function<KeyFigures, BigDecimal> figure) {
        Instant now = clock.instant();
        Quartiles kept = quartiles.get(peers);
        if (kept != null && kept.computedAt().plus(BAND_KEPT).isAfter(now)) {
            return kept.byPeriod();
        }
        quartiles.values().removeIf(old -> !old.computedAt().plus(BAND_KEPT).isAfter(now));
        Map<LocalDate, List<BigDecimal>> values = new HashMap<>();
        for (KeyFigures peer : reports.peerFigures(peers.jurisdiction(), peers.tier(), peers.family(), peers.from())) {
            BigDecimal value = figure.apply(peer);
            if (value != null) {
                values.computeIfAbsent(peer.periodStart(), p -> new ArrayList<>())
                        .add(value);
            }
        }
        Map<LocalDate, List<BigDecimal>> byPeriod = new HashMap<>();
        values.forEach((period, unsorted) -> {
            if (unsorted.size() >= BAND_PEERS) {
                List<BigDecimal> sorted = unsorted.stream().sorted().toList();
                byPeriod.put(period, List.of(quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)));
            }
        });
        quartiles.put(peers, new Quartiles(now, byPeriod));
        return byPeriod;
    }

    /** Linear interpolation between the closest ranks (as spreadsheets compute QUARTILE), to two decimals. */
    static BigDecimal quantile(List<BigDecimal> sorted, double q) {
        double rank = q * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        BigDecimal lower = sorted.get(below);
        BigDecimal upper = sorted.get(Math.min(below + 1, sorted.size() - 1));
        return lower.add(upper.subtract(lower).multiply(BigDecimal.valueOf(rank - below)))
                .setScale(2, RoundingMode.HALF_UP);
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
