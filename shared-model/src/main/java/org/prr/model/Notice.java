package org.prr.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A regulator's notice to platforms: to one platform, to a tier, or to every platform in the issuing jurisdiction.
 * {@code cursor} orders notices for the long poll. Staff write most notices; the portal itself writes the others
 * ({@code kind}), each about something it names in {@code reference}.
 *
 * @param kind who wrote it and why
 * @param reference what a notice the portal writes is about: the incident's id (INCIDENT_ACKNOWLEDGED), the notice's
 *     id (REMINDER), the first report it names as family/start..end (REPORT_DUE, REPORT_MISSING); null for staff's
 *     notices
 * @param issuedBy the issuing jurisdiction, e.g. CN-50
 * @param audience PLATFORM (with {@code platformId}), TIER (with {@code tier}) or ALL
 * @param respondBy when acting is required, by when
 */
public record Notice(
        UUID noticeId,
        long cursor,
        Kind kind,
        String reference,
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

    public enum Kind {
        /** Written by regulator staff. */
        STAFF,
        /** Regulator staff took note of the platform's major incident. */
        INCIDENT_ACKNOWLEDGED,
        /** A reminder of a notice nobody at the platform has acknowledged yet. */
        REMINDER,
        /** Reports not filed yet fall due soon. */
        REPORT_DUE,
        /** Reports' grace periods are over and nothing was filed. */
        REPORT_MISSING,
        /**
         * A rectification order (限期整改): its {@code reference} is the case the platform answers with a {@link
         * RectificationReport} by the deadline its body states.
         */
        RECTIFICATION_ORDER,
        /** Staff re-checked the rectification case its {@code reference} names: closed, reopened or escalated. */
        RECTIFICATION_RECHECKED
    }

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
