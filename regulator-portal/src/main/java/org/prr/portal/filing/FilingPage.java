package org.prr.portal.filing;

import java.util.List;
import java.util.Map;

/**
 * One page of the filings a query found, with what a screen shows beside it: how many there are of each status,
 * and each family's period across the platforms (both over every filing the query found, not the page).
 */
public record FilingPage(
        List<Filing> filings,
        long total,
        int page,
        int size,
        Map<FilingStatus, Long> counts,
        List<FilingSummary> summary) {}
