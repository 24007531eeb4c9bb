package org.prr.portal.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an ADMIN sends to register a platform. */
public record PlatformRegistration(
        @NotBlank
                @Size(max = 64)
                @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and dashes")
                String platformId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "CN(-[0-9]{2})?", message = "must be CN or CN-nn, e.g. CN-50") String jurisdiction,
        @NotNull Tier tier,
        @Valid Contact contact) {

    public record Contact(
            @Size(max = 200) String name, @Email @Size(max = 200) String email, @Size(max = 64) String phone) {}
}
