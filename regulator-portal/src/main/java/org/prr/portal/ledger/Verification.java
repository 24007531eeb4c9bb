package org.prr.portal.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The outcome of recomputing a chain: intact up to {@code headHash}, or broken first at {@code firstBadSeq}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(
        String platformId, boolean valid, long entries, String headHash, Long firstBadSeq, String problem) {

    static Verification intact(String platformId, long entries, String headHash) {
        return new Verification(platformId, true, entries, headHash, null, null);
    }

    /** {@code entries} counts the entries that verified before the break. */
    static Verification broken(String platformId, long entries, long firstBadSeq, String problem) {
        return new Verification(platformId, false, entries, null, firstBadSeq, problem);
    }
}
