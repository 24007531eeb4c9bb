package org.prr.portal.filing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.prr.model.MetricFamily;
import org.prr.portal.errors.InvalidInput;
import org.prr.portal.platform.Tier;

/**
 * Which filings to list: the periods that overlap {@code from..to} (at most {@link #MAX_DAYS} days), optionally of
 * one family, status, platform or tier, a page at a time.
 */
public record FilingQuery(
        MetricFamily family,
        LocalDate from,
        LocalDate to,
        FilingStatus status,
        String platformId,
        Tier tier,
        int page,
        int size) {

    public static final int MAX_DAYS = 400;
    public static final int MAX_SIZE = 1000;

    /** @throws InvalidInput naming the parameter that makes no sense */
    public FilingQuery {
        if (from == null || to == null) {
            throw InvalidInput.field(from == null ? "from" : "to", "is required (a date like 2026-11-23)");
        }
        if (from.isAfter(to)) {
            throw InvalidInput.field("from", "is after to (" + to + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInput.field("to", "is more than " + MAX_DAYS + " days after from; ask for a shorter range");
        }
        if (page < 0) {
            throw InvalidInput.field("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInput.field("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
