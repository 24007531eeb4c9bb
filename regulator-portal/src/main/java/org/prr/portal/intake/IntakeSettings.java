package org.prr.portal.intake;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxClockSkew how far {@code X-Timestamp} may be from the portal's clock, either way
 * @param maxBodySize the largest report body accepted
 * @param requestsPerMinute signed requests one platform may make per minute (also its burst), per portal instance
 */
@Validated
@ConfigurationProperties("portal.intake")
public record IntakeSettings(
        @DefaultValue("300s") @NotNull @DurationMin(seconds = 1) Duration maxClockSkew,
        @DefaultValue("1MB") @NotNull DataSize maxBodySize,
        @DefaultValue("120") @Positive int requestsPerMinute) {

    @AssertTrue(message = "must be between 1 byte and 1 GB")
    boolean isMaxBodySizeBounded() {
        return maxBodySize == null
                || (maxBodySize.toBytes() > 0
                        && maxBodySize.toBytes() <= DataSize.ofGigabytes(1).toBytes());
    }
}
