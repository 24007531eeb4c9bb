package org.prr.portal.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLogins wrong passwords in a row that lock a staff account
 * @param lockout how long a locked account stays locked
 * @param minPasswordLength the shortest password accepted for a new staff user
 */
@ConfigurationProperties("portal.staff")
record StaffSettings(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("12") int minPasswordLength) {}
