package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.portal.enforcement.Enforcement;
import org.prr.portal.enforcement.RectificationCase;
import org.prr.portal.export.ExportFormat;
import org.prr.portal.export.Exports;
import org.prr.portal.filing.Filing;
import org.prr.portal.filing.FilingStatus;
import org.prr.portal.filing.FilingSummary;
import org.prr.portal.filing.Filings;
import org.prr.portal.flag.Flags;
import org.prr.portal.incident.IncidentInbox;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.prr.portal.report.KeyFigures;
import org.prr.portal.report.ReportBook;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 总览: the jurisdiction at a glance. The latest period of each family and how complete its filing is, the open flags
 * by rule, the incident inbox's counts and newest incidents, and the platforms (100 a page) with how they stand on
 * their latest periods, their open flags, their agents' last contact and the key figures of their latest reports,
 * filtered and sorted by parameters kept in the URL, so a view can be shared.
 */
@Controller
class OverviewController {

    /**
     * One row of the platform table: how it stands on its latest periods past due (MISSING if one is missing, else LATE
     * if one came late, else ON_TIME; null while none is past due) and its open flags.
     */
    record PlatformRow(Platform platform, long openFlags, FilingStatus standing) {}

    /** A row's figures from its latest reports: the last period reported, the share handled in time, reviewers. */
    record RowFigures(LocalDate lastPeriod, BigDecimal slaShare, BigDecimal reviewersPer100k) {}

    private static final int NEWEST_INCIDENTS = 5;
    private static final int PAGE_ROWS = 100;
    private static final List<FilingStatus> STANDINGS =
            List.of(FilingStatus.MISSING, FilingStatus.LATE, FilingStatus.ON_TIME);

    private final PlatformRegistry registry;
    private final Filings filings;
    private final Flags flags;
    private final IncidentInbox incidents;
    private final ReportBook reports;
    private final Obligations obligations;
    private final Enforcement enforcement;
    private final Downloads downloads;
    private final MessageSource messages;
    private final Clock clock;

    OverviewController(
            PlatformRegistry registry,
            Filings filings,
            Flags flags,
            IncidentInbox incidents,
            ReportBook reports,
            Obligations obligations,
            Enforcement enforcement,
            Downloads downloads,
            MessageSource messages,
            Clock clock) {
        this.registry = registry;
        this.filings = filings;
        this.flags = flags;
        this.incidents = incidents;
        this.reports = reports;
        this.obligations = obligations;
        this.enforcement = enforcement;
        this.downloads = downloads;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The platform table's filters: a tier, a standing, a part of the name or id, an order. One that is not a choice
     * is left out and {@code problem} names it, so the page says so and shows (and exports) the table without it.
     */
    private record TableFilters(Tier tier, FilingStatus status, String search, String sort, String problem) {

        static TableFilters of(String tier, String status, String q, String sort) {
            String problem = null;
            Tier onlyTier = choice(Tier.class, tier);
            if (onlyTier == null && tier != null && !tier.isBlank()) {
                problem = "overview.filter.tier";
            }
            FilingStatus onlyStatus = choice(FilingStatus.class, status);
            if ((onlyStatus == null && status != null && !status.isBlank())
                    || (onlyStatus != null && !STANDINGS.contains(onlyStatus))) {
                problem = "overview.filter.status";
                onlyStatus = null;
            }
            String search = q == null ? "" : q.strip();
            if (search.length() > 64) {
                problem = "overview.filter.search";
                search = "";
            }
            String order = sort != null && List.of("flags", "contact", "status").contains(sort) ? sort : "name";
            return new TableFilters(onlyTier, onlyStatus, search, order, problem);
        }
    }

    /** The table's rows (every page), the filings its standings come from, and the open flags. */
    private record Table(List<PlatformRow> rows, List<Filing> latest, Flags.OpenCounts open) {}

    @GetMapping("/ui")
    String overview(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        ZoneId zone = obligations.timeZone();
        TableFilters filters = TableFilters.of(tier, status, q, sort);
        Table table = table(by, filters);
        PageOfRows shown = PageOfRows.of(table.rows().size(), page, PAGE_ROWS);
        List<PlatformRow> pageRows = table.rows().subList(shown.from(), shown.to());

        model.addAttribute("zone", zone);
        model.addAttribute("filings", latestPeriods(table.latest()));
        model.addAttribute("openByRule", table.open().byRule());
        model.addAttribute("openFlags", table.open().total());
        model.addAttribute(
                "incidents",
                incidents.find(by, new IncidentInbox.Query(null, null, null, false, false, 0, NEWEST_INCIDENTS)));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        model.addAttribute("enforcement", enforcement.counts(by, today.withDayOfMonth(1), today));
        model.addAttribute(
                "openCases",
                enforcement
                        .cases(by, new Enforcement.CaseQuery(RectificationCase.Stage.OPEN, null, 0, 1))
                        .total());
        model.addAttribute("platforms", pageRows);
        model.addAttribute("figures", figures(pageRows));
        model.addAttribute("rows", shown);
        model.addAttribute("tier", filters.tier());
        model.addAttribute("status", filters.status());
        model.addAttribute("q", filters.search());
        model.addAttribute("sort", filters.sort());
        if (filters.problem() != null) {
            model.addAttribute("filterProblem", filters.problem());
        }
        return "ui/overview";
    }

    /** The platform table as the page shows it, every page of it, with the figures its rows show. */
    @GetMapping("/ui/export")
    void export(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        ZoneId zone = obligations.timeZone();
        TableFilters filters = TableFilters.of(tier, status, q, sort);
        List<PlatformRow> rows = table(by, filters).rows();
        downloads.send(
                by,
                "platforms",
                format,
                Downloads.filters(
                        "tier", filters.tier(),
                        "status", filters.status(),
                        "q", filters.search(),
                        "sort", filters.sort()),
                downloads.labels(
                        locale,
                        "overview.platform.name",
                        "platform.id",
                        "overview.platform.tier",
                        "overview.platform.standing",
                        "overview.platform.openFlags",
                        "overview.platform.lastPeriod",
                        "overview.platform.lastContact",
                        "overview.platform.slaShare",
                        "overview.platform.reviewers"),
                Exports.pages(page -> {
                    int start = page * PAGE_ROWS;
                    List<PlatformRow> chunk =
                            rows.subList(Math.min(start, rows.size()), Math.min(start + PAGE_ROWS, rows.size()));
                    Map<String, RowFigures> shown = figures(chunk);
                    return chunk.stream()
                            .map(row -> {
                                Platform p = row.platform();
                                RowFigures f = shown.get(p.getPlatformId());
                                return Arrays.<Object>asList(
                                        p.getName(),
                                        p.getPlatformId(),
                                        messages.getMessage("tier." + p.getTier(), null, locale),
                                        row.standing() == null
                                                ? messages.getMessage("overview.platform.notDue", null, locale)
                                                : messages.getMessage("filingStatus." + row.standing(), null, locale),
                                        row.openFlags(),
                                        f == null ? null : Objects.toString(f.lastPeriod(), null),
                                        Forms.time(p.getLastContactAt(), zone),
                                        f == null ? null : f.slaShare(),
                                        f == null ? null : f.reviewersPer100k());
                            })
                            .toList();
                }),
                response);
    }

    private Table table(StaffPrincipal by, TableFilters filters) {
        LocalDate today = LocalDate.now(clock.withZone(obligations.timeZone()));
        List<Platform> visible = registry.visibleTo(by);
        List<Filing> latest = filings.onDays(by, visible, probeDays(today));
        Map<String, FilingStatus> standing = standing(latest);
        Flags.OpenCounts open = flags.open(by);
        String needle = filters.search().toLowerCase(Locale.ROOT);
        List<PlatformRow> rows = visible.stream()
                .filter(p -> filters.tier() == null || p.getTier() == filters.tier())
                .filter(p -> needle.isEmpty()
                        || p.getPlatformId().toLowerCase(Locale.ROOT).contains(needle)
                        || p.getName().toLowerCase(Locale.ROOT).contains(needle))
                .map(p -> new PlatformRow(
                        p, open.byPlatform().getOrDefault(p.getPlatformId(), 0L), standing.get(p.getPlatformId())))
                .filter(row -> filters.status() == null || row.standing() == filters.status())
                .sorted(order(filters.sort()))
                .toList();
        return new Table(rows, latest, open);
    }

    /**
     * For each cadence, a day of its latest period whose due time has passed for nearly everyone: the day before
     * yesterday (a day's grace is over), a day of the week before last, the first days of the previous month, quarter
     * and year. Reading them costs a few days of reports, not weeks.
     */
    private static Map<Cadence, LocalDate> probeDays(LocalDate today) {
        Map<Cadence, LocalDate> days = new EnumMap<>(Cadence.class);
        days.put(Cadence.DAY, today.minusDays(2));
        days.put(Cadence.WEEK, today.minusDays(9));
        days.put(Cadence.MONTH, today.minusMonths(1).withDayOfMonth(1));
        days.put(
                Cadence.QUARTER,
                today.withDayOfMonth(1)
                        .withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
                        .minusMonths(3));
        days.put(Cadence.YEAR, today.minusYears(1).withDayOfYear(1));
        return days;
    }

    /** How complete the latest period of each family and cadence is, by family and cadence. */
    private static List<FilingSummary> latestPeriods(List<Filing> latest) {
        return Filings.summarise(latest).stream()
                .sorted(Comparator.comparing(FilingSummary::family)
                        .thenComparing(summary -> summary.period().cadence()))
                .toList();
    }

    /** Each platform's standing on the latest period past due of each family it owes. */
    private static Map<String, FilingStatus> standing(List<Filing> latest) {
        Map<String, Filing> newestPastDue = new HashMap<>();
        for (Filing filing : latest) {
            if (filing.status() != FilingStatus.DUE) {
                newestPastDue.merge(
                        filing.platformId() + "/" + filing.family(),
                        filing,
                        (a, b) -> a.period().end().isAfter(b.period().end()) ? a : b);
            }
        }
        Map<String, FilingStatus> standing = new HashMap<>();
        for (Filing filing : newestPastDue.values()) {
            FilingStatus status =
                    switch (filing.status()) {
                        case MISSING -> FilingStatus.MISSING;
                        case LATE -> FilingStatus.LATE;
                        default -> FilingStatus.ON_TIME;
                    };
            standing.merge(filing.platformId(), status, (a, b) -> STANDINGS.indexOf(a) <= STANDINGS.indexOf(b) ? a : b);
        }
        return standing;
    }

    private Map<String, RowFigures> figures(List<PlatformRow> rows) {
        Map<String, RowFigures> figures = new HashMap<>();
        reports.latestKeyFigures(
                        rows.stream().map(row -> row.platform().getPlatformId()).toList())
                .forEach((platformId, latest) -> figures.put(
                        platformId,
                        new RowFigures(
                                latest.stream()
                                        .map(KeyFigures::periodEnd)
                                        .max(Comparator.naturalOrder())
                                        .orElse(null),
                                latest.stream()
                                        .filter(f -> f.family() == MetricFamily.COMPLAINTS)
                                        .map(Charts.SLA_SHARE)
                                        .findFirst()
                                        .orElse(null),
                                latest.stream()
                                        .filter(f -> f.family() == MetricFamily.STAFFING)
                                        .map(Charts.REVIEWERS_PER_100K)
                                        .findFirst()
                                        .orElse(null))));
        return figures;
    }

    /** A filter's value, or null when none or not one of the choices. */
    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Comparator<PlatformRow> order(String sort) {
        Comparator<PlatformRow> byName =
                Comparator.comparing(row -> row.platform().getName());
        return switch (sort) {
            case "flags" -> Comparator.comparingLong(PlatformRow::openFlags)
                    .reversed()
                    .thenComparing(byName);
            case "contact" -> Comparator.comparing(
                            (PlatformRow row) -> row.platform().getLastContactAt(),
                            Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(byName);
            case "status" -> Comparator.comparing((PlatformRow row) ->
                            row.standing() == null ? STANDINGS.size() : STANDINGS.indexOf(row.standing()))
                    .thenComparing(byName);
            default -> byName;
        };
    }
}
