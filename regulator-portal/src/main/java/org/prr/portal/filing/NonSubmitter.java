package org.prr.portal.filing;

import java.time.Instant;
import org.prr.model.Period;
import org.prr.portal.platform.Tier;

/**
 * A platform that has not filed a period it owes: whether it is still in its grace period (DUE) or past it (MISSING),
 * whom to call, and when its agent last made contact (null: never), so "reported nothing" and "agent silent" differ.
 */
public record NonSubmitter(
        String platformId,
        String platformName,
        Tier tier,
        Period period,
        Instant dueAt,
        FilingStatus status,
        Instant lastContactAt,
        String contactEmail) {}
