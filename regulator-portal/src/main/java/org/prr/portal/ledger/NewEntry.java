package org.prr.portal.ledger;

import java.util.UUID;
import org.prr.model.signing.SignatureHeaders;

/**
 * An entry to append. {@code payload} is JSON; its hash is taken over its canonical form. A platform-submitted entry
 * keeps the platform's signature, so anyone holding the public key can check it later.
 */
public record NewEntry(String platformId, EntryType type, String payload, UUID reportId, PlatformSignature signature) {

    public record PlatformSignature(String keyId, long timestamp, String signature) {

        /** The signature of a verified platform request. */
        public static PlatformSignature of(SignatureHeaders headers) {
            return new PlatformSignature(headers.keyId(), headers.timestamp(), headers.signature());
        }
    }
}
