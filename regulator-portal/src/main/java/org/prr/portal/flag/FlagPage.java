package org.prr.portal.flag;

import java.util.List;
import java.util.Map;

/**
 * One page of flags, with the number that match and, for the same jurisdiction and platform filter, the counts by
 * state and the open (not resolved) ones by rule, for a screen's tabs and badges.
 */
public record FlagPage(
        List<Flag> flags,
        long total,
        int page,
        int size,
        Map<FlagState, Long> byState,
        Map<GapRule, Long> openByRule) {}
