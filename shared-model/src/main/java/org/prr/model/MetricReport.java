package org.prr.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One report of one metric family for one period: the envelope and exactly one family section. {@code reportId} is
 * fixed when the report is created and is the idempotency key on the portal.
 */
// The is-methods are validation rules, not properties.
@JsonAutoDetect(isGetterVisibility = Visibility.NONE)
public record MetricReport(
        @NotNull @Pattern(regexp = SCHEMA_VERSION, message = "must be \"" + SCHEMA_VERSION + "\"") String schemaVersion,
        @NotNull UUID reportId,
        @NotBlank @Size(max = 64) String platformId,
        @NotNull MetricFamily family,
        @NotNull @Valid Period period,
        @NotNull OffsetDateTime generatedAt,
        @Size(max = 64) String agentVersion,
        UUID supersedes,
        @Size(max = 2000) String amendmentReason,
        @Size(max = 2000) String sourceNote,
        @Valid ComplaintsSection complaints,
        @Valid TakedownsSection takedowns,
        @Valid StaffingSection staffing,
        @Valid AnnualSection annual)
        implements PlatformDocument {

    public static final String SCHEMA_VERSION = "1";

    @AssertTrue(message = "is required when supersedes is set")
    public boolean isAmendmentReason() {
        return supersedes == null || (amendmentReason != null && !amendmentReason.isBlank());
    }

    @AssertTrue(
            message = "must be one whole calendar period of its cadence: a day, an ISO week from Monday to "
                    + "Sunday, a calendar month, a quarter or a year")
    public boolean isPeriod() {
        return period == null
                || period.start() == null
                || period.end() == null
                || period.cadence() == null
                || period.isCalendarPeriod();
    }

    @AssertTrue(message = "must hold exactly one section, the one named by family")
    public boolean isFamily() {
        ReportSection section = section();
        return family == null || (section != null && section.family() == family);
    }

    /** The one section this report carries, or null when it carries none or several. */
    public ReportSection section() {
        List<ReportSection> sections = Stream.of(complaints, takedowns, staffing, annual)
                .filter(Objects::nonNull)
                .map(ReportSection.class::cast)
                .toList();
        return sections.size() == 1 ? sections.get(0) : null;
    }

    /** A new report of the section's family for a period, as an agent creates it. */
    public static MetricReport create(
            UUID reportId,
            String platformId,
            Period period,
            OffsetDateTime generatedAt,
            String agentVersion,
            ReportSection section) {
        return new MetricReport(
                SCHEMA_VERSION,
                reportId,
                platformId,
                section.family(),
                period,
                generatedAt,
                agentVersion,
                null,
                null,
                null,
                section instanceof ComplaintsSection c ? c : null,
                section instanceof TakedownsSection t ? t : null,
                section instanceof StaffingSection s ? s : null,
                section instanceof AnnualSection a ? a : null);
    }

    /** This report as an amendment: it supersedes the period's report {@code supersedes}, for the reason given. */
    public MetricReport amending(UUID supersedes, String reason) {
        return new MetricReport(
                schemaVersion,
                reportId,
                platformId,
                family,
                period,
                generatedAt,
                agentVersion,
                supersedes,
                reason,
                sourceNote,
                complaints,
                takedowns,
                staffing,
                annual);
    }

    public MetricReport withSourceNote(String note) {
        return new MetricReport(
                schemaVersion,
                reportId,
                platformId,
                family,
                period,
                generatedAt,
                agentVersion,
                supersedes,
                amendmentReason,
                note,
                complaints,
                takedowns,
                staffing,
                annual);
    }
}
