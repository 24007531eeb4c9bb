package org.prr.portal.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import org.prr.model.Receipt;

/** A ledger entry as staff and intake see it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entry(String platformId, long seq, EntryType type, Instant recordedAt, UUID reportId,
        String payloadHash, String prevHash, String entryHash, @JsonRawValue String payload,
        NewEntry.PlatformSignature signature) {

    public Receipt receipt() {
        return new Receipt(reportId, platformId, seq, entryHash, recordedAt);
    }
}
