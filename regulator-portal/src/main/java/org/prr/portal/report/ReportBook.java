package org.prr.portal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.prr.model.Cadence;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.portal.ledger.Entry;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.NewEntry;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.PlatformRegistry;
import org.prr.portal.platform.Tier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platforms' reports by period: one current version per platform, family and period, and amendments that
 * supersede it without overwriting anything.
 */
@Service
public class ReportBook {

    private static final int REBUILD_PAGE = 1000;

    private final Ledger ledger;
    private final ReportVersions versions;
    private final ReportFigures figures;
    private final PlatformRegistry registry;
    private final Obligations obligations;
    private final Clock clock;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    ReportBook(
            Ledger ledger,
            ReportVersions versions,
            ReportFigures figures,
            PlatformRegistry registry,
            Obligations obligations,
            Clock clock,
            ObjectMapper json,
            ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.versions = versions;
        this.figures = figures;
        this.registry = registry;
        this.obligations = obligations;
        this.clock = clock;
        this.json = json;
        this.events = events;
    }

    /**
     * Appends the report to its platform's ledger (REPORT_ACCEPTED, or REPORT_AMENDED when it supersedes one) and
     * records it as the period's current version. The rules are checked after the append, while the chain head is
     * locked, so two amendments of one report cannot both pass; a broken rule rolls the append back.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Ledger.Appended accept(MetricReport report, String body, NewEntry.PlatformSignature signature) {
        EntryType type = report.supersedes() == null ? EntryType.REPORT_ACCEPTED : EntryType.REPORT_AMENDED;
        Ledger.Appended appended =
                ledger.appendOnce(new NewEntry(report.platformId(), type, body, report.reportId(), signature));
        if (appended.outcome() != Ledger.Outcome.APPENDED) {
            return appended;
        }
        ObligationCheck.check(report, obligations.of(registry.registered(report.platformId())), clock);
        int version = 1;
        if (report.supersedes() == null) {
            versions.findCurrent(
                            report.platformId(),
                            report.family(),
                            report.period().start(),
                            report.period().end())
                    .ifPresent(current -> {
                        throw PeriodAlreadyReported.as(report, current.reportId());
                    });
        } else {
            ReportVersions.Version superseded = versions.find(
                            report.supersedes().toString())
                    .filter(v -> v.platformId().equals(report.platformId()))
                    .orElseThrow(() -> AmendmentRefused.unknownReport(report));
            if (!superseded.isForSamePeriodAs(report)) {
                throw AmendmentRefused.otherPeriod(report);
            }
            if (superseded.supersededBy() != null) {
                throw AmendmentRefused.alreadyAmended(report, superseded.supersededBy());
            }
            versions.markSuperseded(superseded.reportId(), report);
            version = superseded.version() + 1;
        }
        versions.insert(
                report, version, appended.entry().seq(), appended.entry().recordedAt());
        figures.put(report);
        events.publishEvent(new ReportAccepted(report.platformId()));
        return appended;
    }

    /**
     * Recreates {@code report_figures} from the ledger: the payload of every period's current report, in one
     * transaction, so the figures are never seen half rebuilt. Returns how many periods it wrote.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int rebuildFigures() {
        figures.deleteAll();
        int written = 0;
        String after = "";
        for (List<String> page = versions.currentReportIds(after, REBUILD_PAGE);
                !page.isEmpty();
                page = versions.currentReportIds(after, REBUILD_PAGE)) {
            for (String reportId : page) {
                Entry entry = ledger.findByReportId(UUID.fromString(reportId)).orElseThrow();
                try {
                    figures.put(json.readValue(entry.payload(), MetricReport.class));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("ledger payload of " + reportId + " is not a report", e);
                }
                written++;
            }
            after = page.get(page.size() - 1);
        }
        return written;
    }

    /**
     * Each period reported within {@code from..to} of the jurisdiction's platforms (all when null), of only the
     * platforms named (when not null), of one cadence (every one when null).
     */
    @Transactional(readOnly = true)
    public List<FiledPeriod> filed(
            String jurisdiction, Collection<String> platformIds, LocalDate from, LocalDate to, Cadence cadence) {
        return versions.filed(jurisdiction, platformIds, from, to, cadence);
    }

    /** The current version of each period, newest period first, with its figures. */
    @Transactional(readOnly = true)
    public List<ReportView> current(String platformId, MetricFamily family, int limit) {
        return versions.findCurrent(platformId, family, limit).stream()
                .map(this::view)
                .toList();
    }

    /** The key figures of the platform's current reports of the periods that started on or after {@code from}. */
    @Transactional(readOnly = true)
    public List<KeyFigures> keyFigures(String platformId, LocalDate from) {
        return figures.of(platformId, from);
    }

    /** Each platform's key figures of the latest period it reported of each family, by platform id. */
    @Transactional(readOnly = true)
    public Map<String, List<KeyFigures>> latestKeyFigures(Collection<String> platformIds) {
        return figures.latest(platformIds);
    }

    /**
     * One family's figures of every platform of the tier in the jurisdiction since {@code from}, to compare a platform
     * with its peers; an aggregate of the caller's own jurisdiction, so no platform of another is read.
     */
    @Transactional(readOnly = true)
    public List<KeyFigures> peerFigures(String jurisdiction, Tier tier, MetricFamily family, LocalDate from) {
        return figures.ofPeers(jurisdiction, tier, family, from);
    }

    /** Every version of the period the given report belongs to, oldest first. */
    @Transactional(readOnly = true)
    public List<ReportView> history(String platformId, String reportId) {
        ReportVersions.Version found = versions.find(reportId)
                .filter(v -> v.platformId().equals(platformId))
                .orElseThrow(() -> ReportNotFound.forId(reportId, platformId));
        List<ReportVersions.Version> chain = new ArrayList<>();
        for (ReportVersions.Version v = found;
                v != null;
                v = v.supersedes() == null
                        ? null
                        : versions.find(v.supersedes()).orElse(null)) {
            chain.add(v);
        }
        Collections.reverse(chain);
        for (ReportVersions.Version v = found; v.supersededBy() != null; ) {
            v = versions.find(v.supersededBy()).orElseThrow();
            chain.add(v);
        }
        return chain.stream().map(this::view).toList();
    }

    private ReportView view(ReportVersions.Version version) {
        Entry entry = ledger.findByReportId(UUID.fromString(version.reportId())).orElseThrow();
        try {
            JsonNode payload = json.readTree(entry.payload());
            JsonNode section = payload.get(
                    MetricFamily.valueOf(payload.get("family").asText()).sectionName());
            return version.view(section);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ledger payload of " + version.reportId() + " is not JSON", e);
        }
    }
}
