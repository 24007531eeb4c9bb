package org.prr.portal.staff;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxFailedLogins wrong passwords in a row that lock a staff account
 * @param lockout how long a locked account stays locked
 * @param minPasswordLength the shortest password accepted for a new staff user
 */
@Validated
@ConfigurationProperties("portal.staff")
record StaffSettings(
        @DefaultValue("5") @Positive int maxFailedLogins,
        @DefaultValue("15m") @NotNull @DurationMin(seconds = 1) Duration lockout,
        @DefaultValue("12") @Min(8) int minPasswordLength) {}
