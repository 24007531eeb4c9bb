package org.prr.portal.ledger;

import java.net.URI;
import org.prr.model.Receipt;
import org.springframework.http.ResponseEntity;

/**
 * How every platform submission is answered: 201 with the receipt and the new resource's location when it was
 * appended, 200 with the original receipt when it was a replay of the same body.
 */
public final class ReceiptResponse {

    private ReceiptResponse() {}

    public static ResponseEntity<Receipt> of(Ledger.Appended appended, URI location) {
        Receipt receipt = appended.entry().receipt();
        return switch (appended.outcome()) {
            case APPENDED -> ResponseEntity.created(location).body(receipt);
            case REPLAYED -> ResponseEntity.ok(receipt);
            case CONFLICT -> throw new IllegalStateException(
                    "a conflicting append is refused before it is answered: " + receipt.reportId());
        };
    }
}
