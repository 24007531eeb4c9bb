package org.prr.agent.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.prr.model.AnnualSection;
import org.prr.model.Cadence;
import org.prr.model.ComplaintsSection;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.model.Period;
import org.prr.model.StaffingSection;
import org.prr.model.TakedownsSection;

/**
 * The year's figures compiled from the agent's own period reports of one family, in period order. Counts and flows
 * are summed; figures at a point in time (backlog, headcounts, FTE) are the last period's; shares and business
 * scale are averaged, weighted by items and by days. Percentile times cannot be compiled from period figures and are
 * null (not collected): the annual report says so in its source note.
 */
final class AnnualCompilation {

    private AnnualCompilation() {}

    static AnnualSection compile(
            Period year, Map<MetricFamily, List<MetricReport>> reports, AnnualNarrative narrative) {
        Map<MetricFamily, AnnualSection.Coverage> coverage = new EnumMap<>(MetricFamily.class);
        reports.forEach((family, list) -> coverage.put(family, coverage(year, list)));
        return new AnnualSection(
                compile(reports.get(MetricFamily.COMPLAINTS), MetricReport::complaints, AnnualCompilation::complaints),
                compile(reports.get(MetricFamily.TAKEDOWNS), MetricReport::takedowns, AnnualCompilation::takedowns),
                compile(reports.get(MetricFamily.STAFFING), r -> r, AnnualCompilation::staffing),
                coverage,
                narrative.narrative(),
                narrative.communityRulesVersion(),
                narrative.communityRulesEffectiveFrom());
    }

    /** The periods of one cadence the reports cover, against the number of such periods within the year. */
    private static AnnualSection.Coverage coverage(Period year, List<MetricReport> reports) {
        List<Period> periods = reports.stream()
                .map(MetricReport::period)
                .sorted(Comparator.comparing(Period::start))
                .toList();
        Cadence cadence = periods.get(0).cadence();
        long inYear = 0;
        for (Period p = Period.containing(year.start(), cadence); !p.end().isAfter(year.end()); p = p.next()) {
            inYear += p.start().isBefore(year.start()) ? 0 : 1;
        }
        return new AnnualSection.Coverage(
                cadence,
                periods.size(),
                inYear,
                periods.get(0).start(),
                periods.get(periods.size() - 1).end());
    }

    private static <S, R> R compile(
            List<MetricReport> reports, Function<MetricReport, S> section, Function<List<S>, R> fold) {
        if (reports == null || reports.isEmpty()) {
            return null;
        }
        return fold.apply(reports.stream()
                .sorted(Comparator.comparing(r -> r.period().start()))
                .map(section)
                .toList());
    }

    private static ComplaintsSection complaints(List<ComplaintsSection> periods) {
        ComplaintsSection last = periods.get(periods.size() - 1);
        return new ComplaintsSection(
                sum(periods, ComplaintsSection::received),
                merge(periods, ComplaintsSection::receivedByChannel),
                merge(periods, ComplaintsSection::receivedByCategory),
                sum(periods, ComplaintsSection::handled),
                sum(periods, ComplaintsSection::handledWithinSla),
                merge(periods, ComplaintsSection::outcomes),
                sum(periods, ComplaintsSection::feedbackGiven),
                last.backlogAtEnd(),
                null,
                null,
                sum(periods, ComplaintsSection::appealsReceived),
                sum(periods, ComplaintsSection::appealsUpheld));
    }

    private static TakedownsSection takedowns(List<TakedownsSection> periods) {
        BigDecimal automatedItems = BigDecimal.ZERO;
        long weighedItems = 0;
        for (TakedownsSection t : periods) {
            if (t.automatedShare() != null && t.itemsActioned() != null) {
                automatedItems = automatedItems.add(t.automatedShare().multiply(BigDecimal.valueOf(t.itemsActioned())));
                weighedItems += t.itemsActioned();
            }
        }
        return new TakedownsSection(
                sum(periods, TakedownsSection::itemsActioned),
                merge(periods, TakedownsSection::itemsByCategory),
                merge(periods, TakedownsSection::itemsBySource),
                merge(periods, TakedownsSection::itemsByMeasure),
                weighedItems == 0
                        ? null
                        : automatedItems.divide(BigDecimal.valueOf(weighedItems), 4, RoundingMode.HALF_UP),
                merge(periods, TakedownsSection::accountsActioned),
                sum(periods, TakedownsSection::livestreamersBanned),
                sum(periods, TakedownsSection::blacklistAdditions),
                sum(periods, TakedownsSection::reincarnationBlocked),
                sum(periods, TakedownsSection::dormantAccountsCleared),
                sum(periods, TakedownsSection::regulatorOrdersReceived),
                null);
    }

    private static StaffingSection staffing(List<MetricReport> reports) {
        List<StaffingSection> periods =
                reports.stream().map(MetricReport::staffing).toList();
        StaffingSection last = periods.get(periods.size() - 1);
        return new StaffingSection(
                last.reviewersFte(),
                last.reviewersInternalFte(),
                last.reviewersExternalFte(),
                last.reviewersHeadcount(),
                last.totalStaff(),
                dayWeighted(reports, StaffingSection::dailyActiveUsers),
                dayWeighted(reports, StaffingSection::contentItemsPerDay),
                last.chiefEditorAppointed(),
                last.licensedNewsStaff(),
                periods.stream()
                        .map(StaffingSection::trainingHours)
                        .filter(Objects::nonNull)
                        .reduce(BigDecimal::add)
                        .orElse(null),
                periods.stream()
                        .map(StaffingSection::staffTrained)
                        .filter(Objects::nonNull)
                        .max(Long::compare)
                        .orElse(null),
                sum(periods, StaffingSection::joined),
                sum(periods, StaffingSection::left),
                sum(periods, StaffingSection::staffBlacklisted));
    }

    /** The average per day over the periods that have the figure. */
    private static Long dayWeighted(List<MetricReport> reports, Function<StaffingSection, Long> figure) {
        double total = 0;
        long days = 0;
        for (MetricReport r : reports) {
            Long value = figure.apply(r.staffing());
            if (value != null) {
                long length =
                        ChronoUnit.DAYS.between(r.period().start(), r.period().end()) + 1;
                total += (double) value * length;
                days += length;
            }
        }
        return days == 0 ? null : Math.round(total / days);
    }

    /** Null when no period has the figure. */
    private static <S> Long sum(List<S> periods, Function<S, Long> figure) {
        return periods.stream()
                .map(figure)
                .filter(Objects::nonNull)
                .reduce(Long::sum)
                .orElse(null);
    }

    private static <S, K extends Enum<K>> Map<K, Long> merge(List<S> periods, Function<S, Map<K, Long>> breakdown) {
        Map<K, Long> total = null;
        for (S period : periods) {
            Map<K, Long> part = breakdown.apply(period);
            if (part != null) {
                if (total == null) {
                    total = new TreeMap<>();
                }
                for (Map.Entry<K, Long> e : part.entrySet()) {
                    total.merge(e.getKey(), e.getValue(), Long::sum);
                }
            }
        }
        return total == null ? null : Map.copyOf(total);
    }
}
