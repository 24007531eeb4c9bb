package org.prr.portal.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an ADMIN sends to create a staff user. */
public record NewStaffUser(
        @NotBlank
                @Size(max = 64)
                @Pattern(regexp = "[a-z0-9._-]+", message = "must be lower-case letters, digits, '.', '_' or '-'")
                String username,
        @NotBlank @Size(max = 200) String password,
        @NotBlank @Pattern(regexp = "CN(-[0-9]{2})?", message = "must be CN or CN-nn, e.g. CN-50") String jurisdiction,
        @NotEmpty Set<Role> roles) {

    @Override
    public String toString() {
        return "NewStaffUser[username=" + username + ", jurisdiction=" + jurisdiction + ", roles=" + roles + "]";
    }
}
