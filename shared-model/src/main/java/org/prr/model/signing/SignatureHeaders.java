package org.prr.model.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers that authenticate an agent's request. The signature covers, joined by {@code \n}: the method, the path
 * with query, the platform id, the key id, the timestamp (unix seconds) and the {@code Content-Digest}.
 */
public record SignatureHeaders(
        String platformId, String keyId, long timestamp, String contentDigest, String signature) {

    public static final String PLATFORM_ID = "X-Platform-Id";
    public static final String KEY_ID = "X-Key-Id";
    public static final String TIMESTAMP = "X-Timestamp";
    public static final String CONTENT_DIGEST = "Content-Digest";
    public static final String SIGNATURE = "X-Signature";

    /** The five headers of a signed request, by name, in the order they are documented. */
    public Map<String, String> asMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(PLATFORM_ID, platformId);
        headers.put(KEY_ID, keyId);
        headers.put(TIMESTAMP, Long.toString(timestamp));
        headers.put(CONTENT_DIGEST, contentDigest);
        headers.put(SIGNATURE, signature);
        return headers;
    }

    /** {@code sha-256=:<base64 SHA-256 of body>:} as in RFC 9530; an empty body has the digest of no bytes. */
    public static String contentDigest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "sha-256=:" + Base64.getEncoder().encodeToString(hash) + ":";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static byte[] stringToSign(
            String method,
            String pathWithQuery,
            String platformId,
            String keyId,
            long timestamp,
            String contentDigest) {
        return String.join("\n", method, pathWithQuery, platformId, keyId, Long.toString(timestamp), contentDigest)
                .getBytes(StandardCharsets.UTF_8);
    }
}
