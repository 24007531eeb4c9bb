package org.prr.model.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.prr.model.json.CanonicalJson;

/**
 * The ledger chain's hashes, lower-case hex SHA-256, computed the same way by the portal that keeps a chain and by a
 * platform's agent that checks its own: {@code entryHash = SHA-256(prevHash \n platformId \n seq \n type \n
 * recordedAt \n payloadHash)} with {@code recordedAt} as an ISO-8601 UTC instant and {@code payloadHash} the SHA-256 of
 * the canonical JSON payload. The first entry's {@code prevHash} is {@link #GENESIS}.
 */
public final class ChainLinks {

    public static final String GENESIS = "0".repeat(64);

    private ChainLinks() {}

    public static String entryHash(
            String prevHash, String platformId, long seq, String type, Instant recordedAt, String payloadHash) {
        String links =
                String.join("\n", prevHash, platformId, Long.toString(seq), type, recordedAt.toString(), payloadHash);
        return sha256Hex(links.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the payload is not JSON */
    public static String payloadHash(String payload) {
        try {
            return sha256Hex(CanonicalJson.canonicalize(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (CanonicalJson.MalformedJson e) {
            throw new IllegalArgumentException("ledger payload is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * What is wrong with an entry read as the {@code expectedSeq}-th of its chain after an entry whose hash is {@code
     * prevHash}; null when it holds.
     */
    public static String problemWith(ChainEntry e, long expectedSeq, String prevHash) {
        if (e.seq() != expectedSeq) {
            return "seq " + expectedSeq + " is missing";
        }
        if (!e.prevHash().equals(prevHash)) {
            return "prevHash does not link to the entry before it";
        }
        try {
            if (!payloadHash(e.payload()).equals(e.payloadHash())) {
                return "payload does not match its payloadHash";
            }
        } catch (IllegalArgumentException notJson) {
            return notJson.getMessage();
        }
        String recomputed = entryHash(e.prevHash(), e.platformId(), e.seq(), e.type(), e.recordedAt(), e.payloadHash());
        if (!recomputed.equals(e.entryHash())) {
            return "entryHash does not match the entry's contents";
        }
        return null;
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
