package org.prr.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A follow-up on an incident: where it stands now and what was done. {@code updateId} is its idempotency key. */
public record IncidentUpdate(
        @NotNull UUID updateId,
        @NotNull UUID incidentId,
        @NotBlank @Size(max = 64) String platformId,
        @NotNull Status status,
        @NotNull OffsetDateTime at,
        @NotBlank @Size(max = 20_000) String text)
        implements PlatformDocument {

    public enum Status {
        OPEN,
        CONTAINED,
        CLOSED
    }
}
