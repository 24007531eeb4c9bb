package org.prr.portal.flag;

import java.util.Set;
import org.prr.portal.errors.InvalidInput;

/**
 * The filters of {@code GET /api/v1/flags}, each optional (no state: any), a page at a time, newest flags first.
 */
public record FlagQuery(
        Set<FlagState> states, GapRule rule, FlagSeverity severity, String platformId, int page, int size) {

    public static final int MAX_SIZE = 500;

    /** @throws InvalidInput naming the parameter that makes no sense */
    public FlagQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        if (platformId != null && platformId.length() > 64) {
            throw InvalidInput.field("platformId", "is longer than 64 characters");
        }
        if (page < 0 || page > 1_000_000) {
            throw InvalidInput.field("page", "must be between 0 and 1000000");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInput.field("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
