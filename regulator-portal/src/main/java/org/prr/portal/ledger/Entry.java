package org.prr.portal.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.prr.model.Receipt;

/**
 * A ledger entry as staff and intake see it. {@code payload} is the document exactly as the platform signed it (or as
 * the portal recorded it), written as a JSON string: never spliced into the response, so what staff read is what was
 * appended, and its bytes can be checked against {@code payloadHash} and the platform's signature.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entry(
        String platformId,
        long seq,
        EntryType type,
        Instant recordedAt,
        UUID reportId,
        String payloadHash,
        String prevHash,
        String entryHash,
        String payload,
        NewEntry.PlatformSignature signature) {

    public Receipt receipt() {
        return new Receipt(reportId, platformId, seq, entryHash, recordedAt);
    }
}
