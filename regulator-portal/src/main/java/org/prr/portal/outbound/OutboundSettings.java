package org.prr.portal.outbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.outbound.*}: how often the outbox is looked at, how long a failed notification waits (doubling from
 * {@code initial-backoff} up to {@code max-backoff}), how long an instance holds a notification it is sending, and
 * the SMTP server for e-mail (none: e-mail notifications wait, with the reason as their last error).
 */
@ConfigurationProperties("portal.outbound")
record OutboundSettings(
        @DefaultValue("2s") Duration pollEvery,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("2m") Duration lease,
        Smtp smtp) {

    record Smtp(
            String host,
            @DefaultValue("25") int port,
            @DefaultValue("prr-portal@localhost") String from,
            String username,
            String password) {}
}
