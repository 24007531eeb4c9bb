package org.prr.portal.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.prr.portal.filing.FilingQuery;
import org.prr.portal.filing.FilingSummary;
import org.prr.portal.filing.Filings;
import org.prr.portal.flag.Flags;
import org.prr.portal.incident.IncidentInbox;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 总览: the jurisdiction at a glance. The latest period of each family and how complete its filing is, the open flags
 * by rule, the incident inbox's counts and newest incidents, and the platforms with their open flags and their
 * agents' last contact, filtered and sorted by parameters kept in the URL, so a view can be shared.
 */
@Controller
class OverviewController {

    /** One row of the platform table. */
    record PlatformRow(Platform platform, long openFlags) {}

    private static final int NEWEST_INCIDENTS = 5;

    /** A period someone is past due for says more than one nobody is yet; then the later period. */
    private static final Comparator<FilingSummary> MOST_TELLING = Comparator.comparing(
                    (FilingSummary summary) -> summary.due() < summary.required())
            .thenComparing(summary -> summary.period().end());

    private final PlatformRegistry registry;
    private final Filings filings;
    private final Flags flags;
    private final IncidentInbox incidents;
    private final Obligations obligations;
    private final Clock clock;

    OverviewController(
            PlatformRegistry registry,
            Filings filings,
            Flags flags,
            IncidentInbox incidents,
            Obligations obligations,
            Clock clock) {
        this.registry = registry;
        this.filings = filings;
        this.flags = flags;
        this.incidents = incidents;
        this.obligations = obligations;
        this.clock = clock;
    }

    @GetMapping("/ui")
    String overview(
            @AuthenticationPrincipal StaffPrincipal by,
            @RequestParam(required = false) String tier,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            Model model) {
        ZoneId zone = obligations.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Tier onlyTier = tier(tier, model);
        String search = q == null ? "" : q.strip();
        if (search.length() > 64) {
            model.addAttribute("filterProblem", "overview.filter.search");
            search = "";
        }
        String order = "flags".equals(sort) || "contact".equals(sort) ? sort : "name";

        Flags.OpenCounts open = flags.open(by);
        String needle = search.toLowerCase(Locale.ROOT);
        List<PlatformRow> rows = registry.visibleTo(by).stream()
                .filter(p -> onlyTier == null || p.getTier() == onlyTier)
                .filter(p -> needle.isEmpty()
                        || p.getPlatformId().toLowerCase(Locale.ROOT).contains(needle)
                        || p.getName().toLowerCase(Locale.ROOT).contains(needle))
                .map(p -> new PlatformRow(p, open.byPlatform().getOrDefault(p.getPlatformId(), 0L)))
                .sorted(order(order))
                .toList();

        model.addAttribute("zone", zone);
        model.addAttribute("filings", latestPeriods(by, today));
        model.addAttribute("openByRule", open.byRule());
        model.addAttribute("openFlags", open.total());
        model.addAttribute(
                "incidents",
                incidents.find(by, new IncidentInbox.Query(null, null, null, false, false, 0, NEWEST_INCIDENTS)));
        model.addAttribute("platforms", rows);
        model.addAttribute("tier", onlyTier);
        model.addAttribute("q", search);
        model.addAttribute("sort", order);
        return "ui/overview";
    }

    /**
     * Per family and cadence, the latest period whose due time has passed for someone (so its completeness says
     * something), else the latest one. The filing status of a day holds every period that contains it, so a few days
     * stand for every cadence: the day before yesterday (a day's grace is over), a day of the week before last, the
     * previous month's and the previous quarter's first days. Reading them costs a few days of reports, not weeks.
     */
    private List<FilingSummary> latestPeriods(StaffPrincipal by, LocalDate today) {
        LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(1);
        LocalDate lastQuarter = today.withDayOfMonth(1)
                .withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
                .minusMonths(3);
        Map<String, FilingSummary> latest = new TreeMap<>();
        for (LocalDate day : List.of(today.minusDays(2), today.minusDays(9), lastMonth, lastQuarter)) {
            filings.find(by, new FilingQuery(null, day, day, null, null, null, 0, 1))
                    .summary()
                    .forEach(summary -> latest.merge(
                            summary.family().ordinal() + "/"
                                    + summary.period().cadence().ordinal(),
                            summary,
                            (a, b) -> MOST_TELLING.compare(a, b) >= 0 ? a : b));
        }
        return List.copyOf(latest.values());
    }

    private static Tier tier(String tier, Model model) {
        if (tier == null || tier.isBlank()) {
            return null;
        }
        try {
            return Tier.valueOf(tier);
        } catch (IllegalArgumentException unknown) {
            model.addAttribute("filterProblem", "overview.filter.tier");
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
            default -> byName;
        };
    }
}
