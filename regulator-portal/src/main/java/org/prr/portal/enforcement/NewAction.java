package org.prr.portal.enforcement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An action to record. The fields after {@code attachments} belong to one kind each and must be empty for the
 * others: an interview's time, place and participants; a fine's amount; a rectification order's required actions
 * and deadline.
 *
 * @param summary what was decided and why (for an interview: its reason)
 * @param flagIds the platform's flags the action rests on
 * @param reportIds the platform's reports the action rests on
 */
public record NewAction(
        @NotBlank @Size(max = 64) String platformId,
        @NotNull ActionKind kind,
        @NotNull LocalDate decidedOn,
        @NotBlank @Size(max = 500) String legalBasis,
        @NotBlank @Size(max = 20_000) String summary,
        @Size(max = 100) List<@NotNull UUID> flagIds,
        @Size(max = 100) List<@NotNull UUID> reportIds,
        @Size(max = 50) List<@Valid @NotNull Attachment> attachments,
        OffsetDateTime interviewAt,
        @Size(max = 200) String interviewPlace,
        @Size(max = 2000) String interviewParticipants,
        @DecimalMin(value = "0.01") @Digits(integer = 14, fraction = 2) BigDecimal fineAmount,
        @Size(max = 20_000) String requiredActions,
        LocalDate deadline) {

    public NewAction {
        flagIds = flagIds == null ? List.of() : flagIds;
        reportIds = reportIds == null ? List.of() : reportIds;
        attachments = attachments == null ? List.of() : attachments;
    }

    /** A document kept by the regulator, named and hashed here so the ledger proves which one it was. */
    public record Attachment(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String sha256) {}
}
