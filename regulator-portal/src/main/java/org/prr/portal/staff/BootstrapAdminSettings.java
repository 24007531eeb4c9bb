package org.prr.portal.staff;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first ADMIN, from {@code PORTAL_BOOTSTRAP_ADMIN_USER} and {@code PORTAL_BOOTSTRAP_ADMIN_PASSWORD}. Created once
 * when absent; an existing user of that name is left as it is.
 */
@Validated
@ConfigurationProperties("portal.bootstrap-admin")
record BootstrapAdminSettings(String username, String password, @DefaultValue("CN") @NotBlank String jurisdiction) {}
