package org.prr.portal.intake;

import java.nio.charset.StandardCharsets;
import org.prr.model.PlatformDocument;
import org.prr.model.signing.SignatureHeaders;

/**
 * A platform document whose signature verified, read strictly and valid, for a controller parameter; it names the
 * signer's own platform. {@code body} is the exact bytes that were signed, for the ledger.
 */
public record SignedSubmission<T extends PlatformDocument>(SignatureHeaders caller, T document, byte[] body) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
