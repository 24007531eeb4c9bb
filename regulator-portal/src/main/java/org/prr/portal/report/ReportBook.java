package org.prr.portal.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.prr.model.MetricFamily;
import org.prr.model.MetricReport;
import org.prr.portal.ledger.Entry;
import org.prr.portal.ledger.EntryType;
import org.prr.portal.ledger.Ledger;
import org.prr.portal.ledger.NewEntry;
import org.prr.portal.obligation.Obligations;
import org.prr.portal.platform.PlatformRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platforms' reports by period: one current version per platform, family and period, and amendments that
 * supersede it without overwriting anything.
 */
@Service
public class ReportBook {

    private final Ledger ledger;
    private final ReportVersions versions;
    private final PlatformRegistry registry;
    private final Obligations obligations;
    private final Clock clock;
    private final ObjectMapper json;

    ReportBook(
            Ledger ledger,
            ReportVersions versions,
            PlatformRegistry registry,
            Obligations obligations,
            Clock clock,
            ObjectMapper json) {
        this.ledger = ledger;
        this.versions = versions;
        this.registry = registry;
        this.obligations = obligations;
        this.clock = clock;
        this.json = json;
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
        return appended;
    }

    /** Each period of the jurisdiction's platforms (all when null) reported within {@code from..to}. */
    @Transactional(readOnly = true)
    public List<FiledPeriod> filed(String jurisdiction, LocalDate from, LocalDate to) {
        return versions.filed(jurisdiction, from, to);
    }

    /** The current version of each period, newest period first, with its figures. */
    @Transactional(readOnly = true)
    public List<ReportView> current(String platformId, MetricFamily family, int limit) {
        return versions.findCurrent(platformId, family, limit).stream()
                .map(this::view)
                .toList();
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
