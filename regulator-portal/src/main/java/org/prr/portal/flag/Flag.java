package org.prr.portal.flag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.prr.model.MetricFamily;

/** A flag as staff read it: what rule found what for which platform, and where it stands. */
public record Flag(
        UUID flagId,
        String platformId,
        String platformName,
        String jurisdiction,
        GapRule rule,
        String subject,
        MetricFamily family,
        LocalDate periodStart,
        LocalDate periodEnd,
        FlagSeverity severity,
        FlagState state,
        String detail,
        Instant openedAt,
        Instant changedAt,
        String changedBy,
        String note,
        Instant waivedUntil) {}
