package org.prr.portal.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recorded action as staff read it, with the ledger entry that records it; an interview's minutes and commitments
 * are null until they are recorded.
 */
public record Action(
        UUID actionId,
        String platformId,
        String platformName,
        ActionKind kind,
        LocalDate decidedOn,
        String legalBasis,
        String summary,
        List<UUID> flagIds,
        List<UUID> reportIds,
        List<NewAction.Attachment> attachments,
        OffsetDateTime interviewAt,
        String interviewPlace,
        String interviewParticipants,
        String interviewMinutes,
        String interviewCommitments,
        BigDecimal fineAmount,
        String requiredActions,
        LocalDate deadline,
        String decidedBy,
        Instant recordedAt,
        long ledgerSeq) {}
