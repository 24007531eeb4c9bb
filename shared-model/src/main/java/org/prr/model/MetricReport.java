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
        @Valid StaffingSection staffing) {

    public static final String SCHEMA_VERSION = "1";

    @AssertTrue(message = "is required when supersedes is set")
    public boolean isAmendmentReason() {
        return supersedes == null || (amendmentReason != null && !amendmentReason.isBlank());
    }

    @AssertTrue(message = "must hold exactly one section, the one named by family")
    public boolean isFamily() {
        long sections = Stream.of(complaints, takedowns, staffing).filter(s -> s != null).count();
        return family == null || (sections == 1 && sectionFor(family) != null);
    }

    private Object sectionFor(MetricFamily f) {
        return switch (f) {
            case COMPLAINTS -> complaints;
            case TAKEDOWNS -> takedowns;
            case STAFFING -> staffing;
            case ANNUAL -> null;
        };
    }

    /** A new COMPLAINTS report for a period, as an agent creates it. */
    public static MetricReport complaints(UUID reportId, String platformId, Period period, OffsetDateTime generatedAt,
            String agentVersion, ComplaintsSection section) {
        return new MetricReport(SCHEMA_VERSION, reportId, platformId, MetricFamily.COMPLAINTS, period, generatedAt,
                agentVersion, null, null, null, section, null, null);
    }
}
