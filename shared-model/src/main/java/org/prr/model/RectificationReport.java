package org.prr.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a platform did about a rectification order (整改报告), sent signed through the agent: the case it answers (the
 * order notice's {@code reference}), what was done, by whom, and the SHA-256 of each piece of evidence, which stays
 * with the platform and can be shown when asked.
 *
 * @param reportedBy who answers for it, as the platform names them, e.g. "王芳 (内容安全部)"
 */
public record RectificationReport(
        @NotNull UUID reportId,
        @NotNull UUID caseId,
        @NotBlank @Size(max = 64) String platformId,
        @NotBlank @Size(max = 100) String reportedBy,
        @NotNull OffsetDateTime reportedAt,
        @NotBlank @Size(max = 20_000) String text,
        @NotNull @Size(max = 50) List<@Valid @NotNull Evidence> evidence)
        implements PlatformDocument {

    /** A file kept by the platform, named and hashed. */
    public record Evidence(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String sha256) {}
}
