package org.prr.portal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.Notice;
import org.prr.portal.filing.Filing;
import org.prr.portal.filing.FilingQuery;
import org.prr.portal.filing.Filings;
import org.prr.portal.filing.NonSubmitter;
import org.prr.portal.notice.NoticeBook;
import org.prr.portal.obligation.Obligations;
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

    /** Platforms (rows) a page. */
    private static final int PAGE_ROWS = 100;

    /** Rows in the order of platform names. */
    private static String rowKey(Filing filing) {
        return filing.platformName() + "\u0000" + filing.platformId();
    }

    private final Filings filings;
    private final NoticeBook notices;
    private final Obligations obligations;
    private final MessageSource messages;
    private final Clock clock;

    FilingMatrixController(
            Filings filings, NoticeBook notices, Obligations obligations, MessageSource messages, Clock clock) {
        this.filings = filings;
        this.notices = notices;
        this.obligations = obligations;
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
        String needle = q == null || q.isBlank() ? "" : q.strip().toLowerCase(Locale.ROOT);
        int days = SPANS.contains(span) ? span : SPANS.get(0);
        LocalDate today = LocalDate.now(clock.withZone(obligations.timeZone()));
        List<Filing> found =
                filings.every(by, new FilingQuery(family, today.minusDays(days), today, null, null, tier, 0, 1));
        if (!needle.isEmpty()) {
            found = found.stream()
                    .filter(f -> f.platformId().toLowerCase(Locale.ROOT).contains(needle)
                            || f.platformName().toLowerCase(Locale.ROOT).contains(needle))
                    .toList();
        }
        List<String> platforms = found.stream()
                .map(FilingMatrixController::rowKey)
                .distinct()
                .sorted()
                .toList();
        PageOfRows rows = PageOfRows.of(platforms.size(), page, PAGE_ROWS);
        Set<String> shown = Set.copyOf(platforms.subList(rows.from(), rows.to()));
        Map<Cadence, Matrix> matrices = new EnumMap<>(Cadence.class);
        for (Filing filing : found) {
            if (!shown.contains(rowKey(filing))) {
                continue;
            }
            Matrix matrix = matrices.computeIfAbsent(
                    filing.period().cadence(), cadence -> new Matrix(cadence, new TreeSet<>(), new TreeMap<>()));
            matrix.periods().add(filing.period().start());
            matrix.rows()
                    .computeIfAbsent(
                            rowKey(filing),
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
        model.addAttribute("q", needle.isEmpty() ? null : q.strip());
        if (period != null) {
            model.addAttribute("period", period);
            model.addAttribute("nonSubmitters", filings.nonSubmitters(by, family, period));
        }
        return "ui/filings";
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
