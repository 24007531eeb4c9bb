package org.prr.portal.notice;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param checkEvery how often this instance looks for notices issued on other instances while agents wait; a notice
 *     issued here wakes its waiters at once
 */
@Validated
@ConfigurationProperties("portal.notices")
record NoticeSettings(
        @DefaultValue("500ms") @NotNull @DurationMin(millis = 50) @DurationMax(seconds = 10) Duration checkEvery) {}
