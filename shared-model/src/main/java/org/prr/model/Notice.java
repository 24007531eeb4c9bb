package org.prr.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A regulator's notice to platforms: to one platform, to a tier, or to every platform in the issuing jurisdiction.
 * {@code cursor} orders notices for the long poll.
 *
 * @param issuedBy the issuing jurisdiction, e.g. CN-50
 * @param audience PLATFORM (with {@code platformId}), TIER (with {@code tier}) or ALL
 * @param respondBy when acting is required, by when
 */
public record Notice(
        UUID noticeId,
        long cursor,
        String issuedBy,
        Audience audience,
        String platformId,
        String tier,
        Severity severity,
        String title,
        String body,
        boolean actionRequired,
        OffsetDateTime respondBy,
        OffsetDateTime issuedAt) {

    public enum Audience {
        PLATFORM,
        TIER,
        ALL
    }

    public enum Severity {
        INFO,
        WARNING,
        URGENT
    }

    /** A page of the long poll: the notices after the caller's cursor, and the cursor to ask from next. */
    public record Page(List<Notice> notices, long cursor) {}

    /** What a member of staff writes to issue a notice. */
    public record Draft(
            @NotNull Audience audience,
            String platformId,
            String tier,
            @NotNull Severity severity,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 20_000) String body,
            boolean actionRequired,
            OffsetDateTime respondBy) {}
}
