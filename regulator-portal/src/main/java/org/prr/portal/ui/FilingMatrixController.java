package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.Notice;
import org.prr.model.Period;
import org.prr.portal.export.ExportFormat;
import org.prr.portal.export.Exports;
import org.prr.portal.filing.Filing;
import org.prr.portal.filing.FilingQuery;
import org.prr.portal.filing.Filings;
import org.prr.portal.filing.NonSubmitter;
import org.prr.portal.notice.NoticeBook;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 报送情况: platforms × periods of one family over the last 30 days, 12 weeks or 12 months, each cell the period's
 * filing status linking to its report, 100 platforms a page; the platforms that have not filed a chosen period, and one reminder notice to
 * each of them (ADMIN, as every notice).
 */
@Controller
class FilingMatrixController {

    /** How far back the matrix looks, in days: 30 days, 12 weeks, 12 months. */
    private static final List<Integer> SPANS = List.of(30, 84, 365);

    /** One platform's row: its filings by the start of their period. */
    record Row(String platformId, String platformName, Tier tier, Map<LocalDate, Filing> cells) {}

    /** The periods of one cadence, oldest first, and the rows of the platforms that owed them, by name. */
    record Matrix(Cadence cadence, SortedSet<LocalDate> periods, SortedMap<String, Row> rows) {}

    /** Platforms (rows) a page, and platforms an export computes at a time. */
    private static final int PAGE_ROWS = 100;

    private final Filings filings;
    private final PlatformRegistry registry;
    private final NoticeBook notices;
    private final Obligations obligations;
    private final Downloads downloads;
    private final MessageSource messages;
    private final Clock clock;

    FilingMatrixController(
            Filings filings,
            PlatformRegistry registry,
            NoticeBook notices,
            Obligations obligations,
            Downloads downloads,
            MessageSource messages,
            Clock clock) {
        this.filings = filings;
        this.registry = registry;
        this.notices = notices;
        this.obligations = obligations;
        this.downloads = downloads;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/ui/filings")
    String matrix(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam(defaultValue = "COMPLAINTS") MetricFamily family,
            @RequestParam(defaultValue = "30") int span,
            @RequestParam(required = false) Tier tier,
            @RequestParam(required = false) LocalDate period,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        int days = SPANS.contains(span) ? span : SPANS.get(0);
        List<Platform> platforms = platforms(by, tier, q);
        PageOfRows rows = PageOfRows.of(platforms.size(), page, PAGE_ROWS);
        Map<Cadence, Matrix> matrices = new EnumMap<>(Cadence.class);
        for (Filing filing : filings.ofPlatforms(by, platforms.subList(rows.from(), rows.to()), query(family, days))) {
            Matrix matrix = matrices.computeIfAbsent(
                    filing.period().cadence(), cadence -> new Matrix(cadence, new TreeSet<>(), new TreeMap<>()));
            matrix.periods().add(filing.period().start());
            matrix.rows()
                    .computeIfAbsent(
                            filing.platformName() + "\u0000" + filing.platformId(),
                            key -> new Row(filing.platformId(), filing.platformName(), filing.tier(), new HashMap<>()))
                    .cells()
                    .put(filing.period().start(), filing);
        }
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("family", family);
        model.addAttribute("span", days);
        model.addAttribute("spans", SPANS);
        model.addAttribute("tier", tier);
        model.addAttribute("matrices", matrices.values());
        model.addAttribute("rows", rows);
        model.addAttribute("q", Forms.blankToNull(q));
        if (period != null) {
            model.addAttribute("period", period);
            model.addAttribute("nonSubmitters", filings.nonSubmitters(by, family, period));
        }
        return "ui/filings";
    }

    /**
     * The matrix as one table, every page of it: a row for each platform and cadence it owes, a column for the start
     * of each period of the span of any cadence owed (a weekly row fills the weeks' first days), each cell the filing's
     * status. Computed a page of platforms at a time, so a year of daily filings of thousands of platforms is never
     * all in memory.
     */
    @GetMapping("/ui/filings/export")
    void export(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam(defaultValue = "COMPLAINTS") MetricFamily family,
            @RequestParam(defaultValue = "30") int span,
            @RequestParam(required = false) Tier tier,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        int days = SPANS.contains(span) ? span : SPANS.get(0);
        FilingQuery query = query(family, days);
        List<Platform> platforms = platforms(by, tier, q);
        LocalDate today = LocalDate.now(clock.withZone(obligations.timeZone()));
        SortedSet<LocalDate> columns = new TreeSet<>();
        obligations.ofEach(platforms).values().stream()
                .flatMap(List::stream)
                .filter(o -> o.family() == family)
                .map(o -> o.cadence())
                .distinct()
                .forEach(cadence -> {
                    for (Period p = Period.containing(query.from(), cadence);
                            !p.start().isAfter(query.to()) && p.end().isBefore(today);
                            p = p.next()) {
                        columns.add(p.start());
                    }
                });
        List<String> header = new ArrayList<>(downloads.labels(
                locale, "platform.id", "overview.platform.name", "overview.platform.tier", "filings.cadence"));
        columns.forEach(day -> header.add(day.toString()));
        downloads.send(
                by,
                "filings",
                format,
                Downloads.filters("family", family, "span", days, "tier", tier, "q", Forms.blankToNull(q)),
                header,
                Exports.pages(page -> {
                    int start = Math.min(page * PAGE_ROWS, platforms.size());
                    List<Platform> chunk = platforms.subList(start, Math.min(start + PAGE_ROWS, platforms.size()));
                    Map<String, Map<Cadence, Map<LocalDate, Filing>>> cells = new HashMap<>();
                    filings.ofPlatforms(by, chunk, query)
                            .forEach(f -> cells.computeIfAbsent(f.platformId(), id -> new EnumMap<>(Cadence.class))
                                    .computeIfAbsent(f.period().cadence(), c -> new HashMap<>())
                                    .put(f.period().start(), f));
                    List<List<Object>> rows = new ArrayList<>();
                    for (Platform platform : chunk) {
                        cells.getOrDefault(platform.getPlatformId(), Map.of()).forEach((cadence, byStart) -> {
                            List<Object> row = new ArrayList<>(List.of(
                                    platform.getPlatformId(),
                                    platform.getName(),
                                    messages.getMessage("tier." + platform.getTier(), null, locale),
                                    messages.getMessage("filings.cadence." + cadence, null, locale)));
                            columns.forEach(day -> {
                                Filing f = byStart.get(day);
                                row.add(
                                        f == null
                                                ? null
                                                : messages.getMessage("filingStatus." + f.status(), null, locale));
                            });
                            rows.add(row);
                        });
                    }
                    return rows;
                }),
                response);
    }

    private FilingQuery query(MetricFamily family, int days) {
        LocalDate today = LocalDate.now(clock.withZone(obligations.timeZone()));
        return new FilingQuery(family, today.minusDays(days), today, null, null, null, 0, 1);
    }

    /** The platforms of the tier whose name or id holds {@code q}, by name: the matrix's rows. */
    private List<Platform> platforms(StaffPrincipal by, Tier tier, String q) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return registry.visibleTo(by).stream()
                .filter(p -> tier == null || p.getTier() == tier)
                .filter(p -> needle.isEmpty()
                        || p.getPlatformId().toLowerCase(Locale.ROOT).contains(needle)
                        || p.getName().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(Platform::getName).thenComparing(Platform::getPlatformId))
                .toList();
    }

    /** One notice to each platform that has not filed the family's period holding {@code period}. */
    @PostMapping("/ui/filings/remind")
    String remind(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam MetricFamily family,
            @RequestParam LocalDate period,
            RedirectAttributes redirect) {
        Forms.act(redirect, "filings.done.reminded", () -> {
            String familyName = messages.getMessage("family." + family, null, Locale.SIMPLIFIED_CHINESE);
            List<Notice.Draft> reminders = new ArrayList<>();
            for (NonSubmitter missing : filings.nonSubmitters(by, family, period)) {
                String periodText =
                        missing.period().start().equals(missing.period().end())
                                ? missing.period().start().toString()
                                : missing.period().start() + " 至 "
                                        + missing.period().end();
                reminders.add(new Notice.Draft(
                        Notice.Audience.PLATFORM,
                        missing.platformId(),
                        null,
                        Notice.Severity.WARNING,
                        "报送提醒：" + familyName + "（" + periodText + "）",
                        "贵平台尚未报送" + familyName + "（" + periodText + "）。请尽快通过报送代理补报；" + "如有困难，请回复说明原因。",
                        true,
                        null));
            }
            notices.issueEach(by, reminders);
        });
        return "redirect:/ui/filings?family=" + family + "&period=" + period;
    }
}
