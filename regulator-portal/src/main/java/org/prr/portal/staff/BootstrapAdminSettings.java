package org.prr.portal.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first ADMIN, from {@code PORTAL_BOOTSTRAP_ADMIN_USER} and {@code PORTAL_BOOTSTRAP_ADMIN_PASSWORD}. Created once
 * when absent; an existing user of that name is left as it is.
 */
@ConfigurationProperties("portal.bootstrap-admin")
record BootstrapAdminSettings(String username, String password, @DefaultValue("CN") String jurisdiction) {}
