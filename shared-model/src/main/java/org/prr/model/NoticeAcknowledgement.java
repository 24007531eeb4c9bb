package org.prr.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A named person at the platform acknowledging a notice, sent signed through the agent; apart from the agent's
 * automatic receipt, which says only that the notice arrived.
 *
 * @param acknowledgedBy who read it, as the platform names them, e.g. "王芳 (内容安全部)"
 * @param reply what the platform answers, when it answers
 */
public record NoticeAcknowledgement(
        @NotNull UUID noticeId,
        @NotBlank @Size(max = 64) String platformId,
        @NotBlank @Size(max = 100) String acknowledgedBy,
        @NotNull OffsetDateTime acknowledgedAt,
        @Size(max = 20_000) String reply)
        implements PlatformDocument {}
