package org.prr.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A major incident (重大事项) a platform reports to its regulator without delay, ahead of routine reports.
 * {@code incidentId} is fixed when it is raised and is the idempotency key, as a report's id is.
 *
 * @param scope what is affected, e.g. "about 120,000 users saw the livestream"
 * @param contact who the regulator should call
 */
public record Incident(
        @NotNull UUID incidentId,
        @NotBlank @Size(max = 64) String platformId,
        @NotNull Severity severity,
        @NotNull Category category,
        @NotNull OffsetDateTime occurredAt,
        @NotNull OffsetDateTime detectedAt,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20_000) String summary,
        @Size(max = 2000) String scope,
        @Size(max = 20_000) String actionsTaken,
        @NotBlank @Size(max = 200) String contact)
        implements PlatformDocument {

    public enum Severity {
        MAJOR,
        CRITICAL
    }
}
