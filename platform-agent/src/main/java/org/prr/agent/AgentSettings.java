package org.prr.agent;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.prr.model.signing.Ed25519Keys;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything a platform configures about its agent, checked at start-up: a missing value stops the agent with a
 * message naming the setting.
 *
 * @param platformId the platform's id as registered with the portal
 */
@Validated
@ConfigurationProperties("agent")
public record AgentSettings(@NotBlank String platformId, @NotNull @Valid Portal portal,
        @NotNull @Valid Signing signing, @NotNull @Valid Schedule schedule, @NotNull @Valid Delivery delivery,
        @NotNull @Valid Source source) {

    /** @param url the portal's base URL, e.g. https://portal.example.gov.cn */
    public record Portal(@NotNull URI url) {
    }

    /**
     * @param keyId the id under which the portal registered this agent's public key
     * @param privateKeyFile PKCS#8 PEM; the public key sits beside it as {@code *.pub.pem}
     * @param generateIfMissing create a key pair on first start (the demo does; production keys are made on purpose)
     */
    public record Signing(@NotBlank String keyId, @NotNull Path privateKeyFile,
            @DefaultValue("false") boolean generateIfMissing) {

        public Path publicKeyFile() {
            return Ed25519Keys.publicKeyFileFor(privateKeyFile);
        }
    }

    /**
     * @param cron Quartz cron for the daily COMPLAINTS report of the previous day
     * @param timeZone the jurisdiction's time zone: periods are its calendar days
     * @param runOnStartup also report the previous day right after start (the demo does)
     */
    public record Schedule(@DefaultValue("0 5 0 * * ?") String cron, @DefaultValue("Asia/Shanghai") ZoneId timeZone,
            @DefaultValue("false") boolean runOnStartup) {
    }

    /**
     * @param pollInterval how often the outbox is checked for reports to send
     * @param initialBackoff the wait before the first retry; it doubles (with jitter) up to maxBackoff
     */
    public record Delivery(@DefaultValue("5s") Duration pollInterval, @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("5m") Duration maxBackoff) {
    }

    /**
     * The platform's complaint records. Without {@code jdbcUrl}, the agent's own database is read.
     *
     * @param complaintsSql returns the column contract of docs/architecture.md, with {@code :periodStart} and
     *     {@code :periodEnd} (local date-times in the schedule's time zone)
     */
    public record Source(String jdbcUrl, String username, String password, @NotBlank String complaintsSql) {
    }
}
