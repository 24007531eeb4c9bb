package org.prr.portal.platform;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A platform's public key as an ADMIN registers it: base64 X.509 SubjectPublicKeyInfo. */
public record KeyRegistration(
        @NotBlank
                @Size(max = 64)
                @Pattern(regexp = "[A-Za-z0-9._-]+", message = "must be letters, digits, '.', '_' or '-'")
                String keyId,
        @NotNull @Pattern(regexp = "Ed25519", message = "must be Ed25519") String algorithm,
        @NotBlank @Size(max = 512) String publicKey,
        @NotNull Instant notBefore,
        Instant notAfter) {

    @AssertTrue(message = "must be after notBefore")
    boolean isNotAfter() {
        return notAfter == null || notBefore == null || notAfter.isAfter(notBefore);
    }
}
