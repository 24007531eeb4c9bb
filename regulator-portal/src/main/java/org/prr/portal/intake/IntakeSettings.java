package org.prr.portal.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxClockSkew how far {@code X-Timestamp} may be from the portal's clock, either way
 * @param maxBodySize the largest report body accepted
 * @param requestsPerMinute signed requests one platform may make per minute (also its burst), per portal instance
 */
@ConfigurationProperties("portal.intake")
public record IntakeSettings(
        @DefaultValue("300s") Duration maxClockSkew,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("120") int requestsPerMinute) {}
