package org.prr.portal.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.export.ExportFormat;
import org.prr.portal.export.Exports;
import org.prr.portal.flag.Flag;
import org.prr.portal.flag.FlagQuery;
import org.prr.portal.flag.FlagState;
import org.prr.portal.flag.Flags;
import org.prr.portal.ledger.Checkpoints;
import org.prr.portal.ledger.Entry;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.Verification;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.Platform;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.report.ReportBook;
import org.prr.portal.report.ReportView;
import org.prr.portal.staff.AuditTrail;
import org.prr.portal.staff.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 平台台账: one platform's header (tier, contacts, keys, last contact), its flags and latest reports, its ledger as a
 * timeline newest first (filtered by entry type and recording date, paged by sequence number), the chain's
 * verification on request, and each report's versions with their figures. Every read is audited, as on the API.
 */
@Controller
class PlatformPageController {

    private static final int TIMELINE_PAGE = 50;
    private static final int EXPORT_PAGE = 1000;
    private static final int LATEST_REPORTS = 12;
    private static final int FLAGS_SHOWN = 20;

    private final PlatformRegistry registry;
    private final Ledger ledger;
    private final Checkpoints checkpoints;
    private final ReportBook reports;
    private final Flags flags;
    private final Obligations obligations;
    private final AuditTrail audit;
    private final Figures figures;
    private final Charts charts;
    private final Downloads downloads;
    private final MessageSource messages;
    private final Clock clock;

    PlatformPageController(
            PlatformRegistry registry,
            Ledger ledger,
            Checkpoints checkpoints,
            ReportBook reports,
            Flags flags,
            Obligations obligations,
            AuditTrail audit,
            Figures figures,
            Charts charts,
            Downloads downloads,
            MessageSource messages,
            Clock clock) {
        this.registry = registry;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.reports = reports;
        this.flags = flags;
        this.obligations = obligations;
        this.audit = audit;
        this.figures = figures;
        this.charts = charts;
        this.downloads = downloads;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/ui/platforms/{platformId}")
    String platform(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable String platformId,
            @RequestParam(required = false) EntryType type,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) Long before,
            Model model) {
        Platform platform = registry.visible(by, platformId);
        ZoneId zone = obligations.timeZone();
        LocalDate fromDate;
        LocalDate toDate;
        boolean filterValid;
        try {
            fromDate = Forms.date("from", from);
            toDate = Forms.date("to", to);
            filterValid = fromDate == null || toDate == null || !fromDate.isAfter(toDate);
        } catch (InvalidInput notADate) {
            fromDate = null;
            toDate = null;
            filterValid = false;
        }
        if (!filterValid) {
            model.addAttribute("filterProblem", true);
            fromDate = null;
            toDate = null;
        }
        List<Entry> timeline = ledger.newestFirst(
                platformId,
                selection(
                        type, fromDate, toDate, before == null || before < 1 ? Long.MAX_VALUE : before, TIMELINE_PAGE));
        audit.record(
                by,
                AuditTrail.Action.LEDGER_READ,
                platformId,
                platform.getJurisdiction(),
                "web UI: platform page, " + timeline.size() + " entries" + (type == null ? "" : " of " + type));

        model.addAttribute("zone", zone);
        model.addAttribute("platform", platform);
        model.addAttribute("keys", registry.keys(platformId));
        model.addAttribute("flags", unresolvedFlags(by, platformId));
        model.addAttribute("reports", reports.current(platformId, null, LATEST_REPORTS));
        model.addAttribute("charts", charts.of(by, platform, LocalDate.now(clock.withZone(zone))));
        model.addAttribute("chartDays", Charts.DAYS);
        model.addAttribute("timeline", timeline);
        model.addAttribute(
                "older",
                timeline.size() == TIMELINE_PAGE
                        ? timeline.get(timeline.size() - 1).seq()
                        : null);
        model.addAttribute("types", EntryType.values());
        model.addAttribute("type", type);
        model.addAttribute("from", filterValid ? from : null);
        model.addAttribute("to", filterValid ? to : null);
        model.addAttribute("paged", before != null);
        return "ui/platform";
    }

    /**
     * The ledger's entries the timeline's filters select, newest first, every page: the timeline's columns with the
     * whole hashes, the previous entry's hash, the signing key and each entry's content exactly as recorded. A wrong
     * date is refused here, where the page itself only says so.
     */
    @GetMapping("/ui/platforms/{platformId}/export")
    void export(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable String platformId,
            @RequestParam(required = false) EntryType type,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        registry.visible(by, platformId);
        ZoneId zone = obligations.timeZone();
        LocalDate fromDate = Forms.date("from", from);
        LocalDate toDate = Forms.date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw InvalidInput.field("from", "is after to (" + toDate + ")");
        }
        AtomicLong before = new AtomicLong(Long.MAX_VALUE);
        downloads.send(
                by,
                "ledger",
                format,
                Downloads.filters("platformId", platformId, "type", type, "from", fromDate, "to", toDate),
                downloads.labels(
                        locale,
                        "entry.seq",
                        "entry.recordedAt",
                        "entry.type",
                        "entry.reportId",
                        "entry.hash",
                        "entry.prevHash",
                        "entry.payloadHash",
                        "entry.signedBy",
                        "platform.timeline.payload"),
                Exports.pages(n -> {
                    List<Entry> page = ledger.newestFirst(
                            platformId, selection(type, fromDate, toDate, before.get(), EXPORT_PAGE));
                    if (!page.isEmpty()) {
                        before.set(page.get(page.size() - 1).seq());
                    }
                    return page.stream()
                            .map(e -> Arrays.<Object>asList(
                                    e.seq(),
                                    Forms.timeToSecond(e.recordedAt(), zone),
                                    messages.getMessage("entryType." + e.type(), null, locale),
                                    e.reportId() == null ? null : e.reportId().toString(),
                                    e.entryHash(),
                                    e.prevHash(),
                                    e.payloadHash(),
                                    e.signature() == null ? null : e.signature().keyId(),
                                    e.payload()))
                            .toList();
                }),
                response);
    }

    /** The timeline's entries of a type (any when null) recorded on the days from..to (each open when null). */
    private Ledger.Selection selection(EntryType type, LocalDate from, LocalDate to, long beforeSeq, int limit) {
        ZoneId zone = obligations.timeZone();
        return new Ledger.Selection(
                type == null ? Set.of() : EnumSet.of(type),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                null,
                beforeSeq,
                limit);
    }

    /** The chain verified now, with a checkpoint of its head signed by the portal's key; a fragment of the page. */
    @GetMapping("/ui/platforms/{platformId}/verification")
    String verification(@AuthenticationPrincipal StaffPrincipal by, @PathVariable String platformId, Model model) {
        Platform platform = registry.visible(by, platformId);
        Verification verification = ledger.verify(platformId);
        audit.record(
                by,
                AuditTrail.Action.LEDGER_VERIFIED,
                platformId,
                platform.getJurisdiction(),
                "web UI: "
                        + (verification.valid()
                                ? "valid, " + verification.entries() + " entries"
                                : "broken at seq " + verification.firstBadSeq()));
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("platform", platform);
        model.addAttribute("verification", verification);
        model.addAttribute(
                "checkpoint",
                checkpoints.export(List.of(platformId)).checkpoints().stream()
                        .findFirst()
                        .orElse(null));
        return "ui/verification";
    }

    /** Every version of a report's period, oldest first, each with its figures labelled. */
    @GetMapping("/ui/platforms/{platformId}/reports/{reportId}")
    String report(
            @AuthenticationPrincipal StaffPrincipal by,
            @PathVariable String platformId,
            @PathVariable String reportId,
            Locale locale,
            Model model) {
        Platform platform = registry.visible(by, platformId);
        List<ReportView> versions = reports.history(platformId, reportId);
        audit.record(
                by,
                AuditTrail.Action.LEDGER_READ,
                platformId,
                platform.getJurisdiction(),
                "web UI: history of report " + reportId);
        model.addAttribute("zone", obligations.timeZone());
        model.addAttribute("platform", platform);
        model.addAttribute("reportId", reportId);
        model.addAttribute(
                "versions",
                versions.stream()
                        .map(v -> new VersionRows(v, figures.rows(v.figures(), locale)))
                        .toList());
        return "ui/report";
    }

    /** The platform's flags that are not resolved, newest first; all of them are on the flags page. */
    private List<Flag> unresolvedFlags(StaffPrincipal by, String platformId) {
        return flags.find(
                        by,
                        new FlagQuery(
                                EnumSet.of(FlagState.OPEN, FlagState.ACKNOWLEDGED, FlagState.WAIVED),
                                null,
                                null,
                                platformId,
                                0,
                                FLAGS_SHOWN))
                .flags();
    }

    /** A report version with its figures as rows. */
    record VersionRows(ReportView version, List<Figures.Row> rows) {}
}
