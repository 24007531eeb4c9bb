package org.prr.portal.filing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.Obligation;
import org.prr.model.Period;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.flag.Flags;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.prr.portal.report.FiledPeriod;
import org.prr.portal.report.ReportBook;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing status (报送情况), computed and never stored: for each platform the caller may see, each obligation, and
 * each period of it that has ended, from the one that had last ended when the platform was registered, whether the
 * period is due, filed on time, late, amended, missing or waived. Four reads: the platforms, every obligation rule, the
 * reported periods and the waived MISSING flags.
 */
@Service
public class Filings {

    /** The most filings one query computes, so a broad one cannot take the instance's memory. */
    static final int MAX_FILINGS = 200_000;

    private static final Comparator<Filing> NEWEST_FIRST = Comparator.comparing(
                    (Filing f) -> f.period().start())
            .reversed()
            .thenComparing(Filing::family)
            .thenComparing(Filing::platformId);

    private final PlatformRegistry registry;
    private final Obligations obligations;
    private final ReportBook reports;
    private final Flags flags;
    private final Clock clock;

    Filings(PlatformRegistry registry, Obligations obligations, ReportBook reports, Flags flags, Clock clock) {
        this.registry = registry;
        this.obligations = obligations;
        this.reports = reports;
        this.flags = flags;
        this.clock = clock;
    }

    /** Every filing the query finds, newest period first, for a screen that shows them all at once (page and size unused). */
    @Transactional(readOnly = true)
    public List<Filing> every(StaffPrincipal by, FilingQuery query) {
        return matching(compute(by, query), query);
    }

    @Transactional(readOnly = true)
    public FilingPage find(StaffPrincipal by, FilingQuery query) {
        List<Filing> all = compute(by, query);
        Map<FilingStatus, Long> counts = new EnumMap<>(FilingStatus.class);
        for (FilingStatus status : FilingStatus.values()) {
            counts.put(status, all.stream().filter(f -> f.status() == status).count());
        }
        List<Filing> found = matching(all, query);
        int from = (int) Math.min((long) query.page() * query.size(), found.size());
        return new FilingPage(
                found.subList(from, Math.min(from + query.size(), found.size())),
                found.size(),
                query.page(),
                query.size(),
                counts,
                summarise(all));
    }

    private static List<Filing> matching(List<Filing> all, FilingQuery query) {
        return all.stream()
                .filter(f -> query.status() == null || f.status() == query.status())
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /** Who has not filed the family's period that holds {@code day} (supervisors' first question), by platform. */
    @Transactional(readOnly = true)
    public List<NonSubmitter> nonSubmitters(StaffPrincipal by, MetricFamily family, LocalDate day) {
        Map<String, Platform> platforms =
                registry.visibleTo(by).stream().collect(Collectors.toMap(Platform::getPlatformId, Function.identity()));
        return compute(by, new FilingQuery(family, day, day, null, null, null, 0, 1)).stream()
                .filter(f -> f.status() == FilingStatus.MISSING || f.status() == FilingStatus.DUE)
                .sorted(Comparator.comparing(Filing::status).reversed().thenComparing(Filing::platformId))
                .map(f -> {
                    Platform p = platforms.get(f.platformId());
                    return new NonSubmitter(
                            f.platformId(),
                            f.platformName(),
                            f.tier(),
                            f.period(),
                            f.dueAt(),
                            f.status(),
                            p.getLastContactAt(),
                            p.contact() == null ? null : p.contact().email());
                })
                .toList();
    }

    /**
     * The filings of the platforms (those the caller may see, as the caller has already read them) of the periods of
     * each cadence that hold its day (the overview asks for the latest period of each cadence this way); their
     * obligations are read once for all the days.
     */
    @Transactional(readOnly = true)
    public List<Filing> onDays(StaffPrincipal by, List<Platform> platforms, Map<Cadence, LocalDate> days) {
        List<Platform> visible =
                platforms.stream().filter(p -> by.canSee(p.getJurisdiction())).toList();
        Owed owed = new Owed(visible, obligations.ofEach(visible), false);
        List<Filing> filings = new ArrayList<>();
        days.forEach((cadence, day) ->
                filings.addAll(compute(by, owed, new FilingQuery(null, day, day, null, null, null, 0, 1), cadence)));
        return filings;
    }

    /**
     * The query's filings of these platforms only (those the caller may see), newest period first: a screen or an
     * export that takes the jurisdiction a page of platforms at a time reads only their reports, so a year of a large
     * jurisdiction is never in memory at once. The query's platform and tier are not used.
     */
    @Transactional(readOnly = true)
    public List<Filing> ofPlatforms(StaffPrincipal by, List<Platform> platforms, FilingQuery query) {
        List<Platform> visible =
                platforms.stream().filter(p -> by.canSee(p.getJurisdiction())).toList();
        return matching(compute(by, new Owed(visible, obligations.ofEach(visible), true), query, null), query);
    }

    /**
     * The platforms a query is about, and what each owes; {@code only} when they are a few of the jurisdiction's, whose
     * reports alone are read.
     */
    private record Owed(List<Platform> platforms, Map<String, List<Obligation>> obligations, boolean only) {}

    private Owed owed(StaffPrincipal by, String platformId, Tier tier) {
        List<Platform> platforms = (platformId == null
                        ? registry.visibleTo(by)
                        : List.of(registry.visible(by, platformId)))
                .stream().filter(p -> tier == null || p.getTier() == tier).toList();
        return new Owed(platforms, obligations.ofEach(platforms), platformId != null);
    }

    private List<Filing> compute(StaffPrincipal by, FilingQuery query) {
        return compute(by, owed(by, query.platformId(), query.tier()), query, null);
    }

    /** The filings the query selects, of one cadence's obligations only unless {@code cadence} is null. */
    private List<Filing> compute(StaffPrincipal by, Owed owed, FilingQuery query, Cadence cadence) {
        String jurisdiction = by.isNational() ? null : by.getJurisdiction();
        List<String> only = owed.only()
                ? owed.platforms().stream().map(Platform::getPlatformId).toList()
                : null;
        Map<String, FiledPeriod> filed = reports.filed(jurisdiction, only, query.from(), query.to(), cadence).stream()
                .collect(Collectors.toMap(
                        f -> key(f.platformId(), f.family(), f.periodStart(), f.periodEnd()), Function.identity()));
        Set<String> waived = flags.waivedMissing(jurisdiction, query.from(), query.to()).stream()
                .map(w -> key(w.platformId(), w.family(), w.periodStart(), w.periodEnd()))
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        List<Filing> filings = new ArrayList<>();
        for (Platform platform : owed.platforms()) {
            for (Obligation obligation : owed.obligations().get(platform.getPlatformId())) {
                if ((query.family() != null && obligation.family() != query.family())
                        || (cadence != null && obligation.cadence() != cadence)) {
                    continue;
                }
                ZoneId zone = obligation.timeZone();
                LocalDate today = LocalDate.now(clock.withZone(zone));
                // As its agent does on its first start: the period that had ended last at registration is owed.
                LocalDate owedFrom = Period.containing(
                                LocalDate.ofInstant(platform.getRegisteredAt(), zone), obligation.cadence())
                        .previous()
                        .start();
                LocalDate first = owedFrom.isAfter(query.from()) ? owedFrom : query.from();
                for (Period period = Period.containing(first, obligation.cadence());
                        !period.start().isAfter(query.to()) && period.end().isBefore(today);
                        period = period.next()) {
                    if (filings.size() == MAX_FILINGS) {
                        throw InvalidInput.field(
                                "to",
                                "the query covers more than " + MAX_FILINGS + " filings; narrow from..to, or ask for"
                                        + " one family, tier or platform");
                    }
                    String key = key(platform.getPlatformId(), obligation.family(), period.start(), period.end());
                    filings.add(filing(platform, obligation, period, filed.get(key), waived.contains(key), now));
                }
            }
        }
        return filings;
    }

    private static Filing filing(
            Platform platform, Obligation obligation, Period period, FiledPeriod report, boolean waived, Instant now) {
        Instant dueAt = period.end()
                .plusDays(1)
                .atStartOfDay(obligation.timeZone())
                .toInstant()
                .plus(obligation.gracePeriod());
        FilingStatus status;
        Duration lateBy = null;
        if (report == null) {
            status = !now.isAfter(dueAt) ? FilingStatus.DUE : waived ? FilingStatus.WAIVED : FilingStatus.MISSING;
        } else {
            boolean late = report.firstAcceptedAt().isAfter(dueAt);
            lateBy = late ? Duration.between(dueAt, report.firstAcceptedAt()) : null;
            status = report.currentVersion() > 1
                    ? FilingStatus.AMENDED
                    : late ? FilingStatus.LATE : FilingStatus.ON_TIME;
        }
        return new Filing(
                platform.getPlatformId(),
                platform.getName(),
                platform.getTier(),
                obligation.family(),
                period,
                dueAt,
                status,
                report == null ? null : report.firstAcceptedAt(),
                report == null ? null : report.currentReportId(),
                report == null ? null : report.currentVersion(),
                lateBy);
    }

    /** How each family's period stands across the platforms that owe it, newest period first. */
    public static List<FilingSummary> summarise(List<Filing> filings) {
        Map<String, List<Filing>> byPeriod = new LinkedHashMap<>();
        filings.stream().sorted(NEWEST_FIRST).forEach(f -> byPeriod.computeIfAbsent(
                        f.family() + "/" + f.period().start() + "/" + f.period().end(), k -> new ArrayList<>())
                .add(f));
        return byPeriod.values().stream()
                .map(group -> {
                    Map<FilingStatus, Long> n = group.stream()
                            .collect(Collectors.groupingBy(
                                    Filing::status, () -> new EnumMap<>(FilingStatus.class), Collectors.counting()));
                    int due = n.getOrDefault(FilingStatus.DUE, 0L).intValue();
                    int waived = n.getOrDefault(FilingStatus.WAIVED, 0L).intValue();
                    int required = group.size() - due - waived;
                    int filed =
                            required - n.getOrDefault(FilingStatus.MISSING, 0L).intValue();
                    return new FilingSummary(
                            group.get(0).family(),
                            group.get(0).period(),
                            required,
                            n.getOrDefault(FilingStatus.ON_TIME, 0L).intValue(),
                            n.getOrDefault(FilingStatus.LATE, 0L).intValue(),
                            n.getOrDefault(FilingStatus.AMENDED, 0L).intValue(),
                            n.getOrDefault(FilingStatus.MISSING, 0L).intValue(),
                            due,
                            waived,
                            required == 0
                                    ? null
                                    : BigDecimal.valueOf(filed * 100L)
                                            .divide(BigDecimal.valueOf(required), 1, RoundingMode.HALF_UP));
                })
                .toList();
    }

    private static String key(String platformId, MetricFamily family, LocalDate start, LocalDate end) {
        return platformId + "/" + family + "/" + start + "/" + end;
    }
}
