package org.prr.agent.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.prr.model.MetricFamily;
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
public record AgentSettings(
        @NotBlank String platformId,
        @NotNull @Valid Portal portal,
        @NotNull @Valid Signing signing,
        @NotNull @Valid Schedule schedule,
        @NotNull @Valid Delivery delivery,
        @Valid Database sourceDatabase,
        Map<MetricFamily, @Valid FamilySources> families,
        LocalApi localApi,
        @DefaultValue @Valid Notices notices,
        @DefaultValue @Valid LedgerCheck ledgerCheck) {

    public AgentSettings {
        families = families == null ? Map.of() : Map.copyOf(families);
    }

    /** @param url the portal's base URL, e.g. https://portal.example.gov.cn */
    public record Portal(@NotNull URI url) {}

    /**
     * @param keyId the id under which the portal registered this agent's public key
     * @param privateKeyFile PKCS#8 PEM; the public key sits beside it as {@code *.pub.pem}
     * @param generateIfMissing create a key pair on first start (the demo does; production keys are made on purpose)
     */
    public record Signing(
            @NotBlank String keyId, @NotNull Path privateKeyFile, @DefaultValue("false") boolean generateIfMissing) {

        public Path publicKeyFile() {
            return Ed25519Keys.publicKeyFileFor(privateKeyFile);
        }
    }

    /**
     * When reports are computed. Which families and cadences come from the portal's obligations.
     *
     * @param timeZone the jurisdiction's time zone: the sources' local times are in it
     * @param runAfter how long after a period ends its report is computed (less than a day)
     * @param obligationsRefresh how often the obligations are fetched again
     * @param obligationsRetry how soon to try again when the portal could not be asked
     * @param backfillFrom for an obligation new to this agent, the first day to report; without it, the agent
     *     starts with the last complete period
     */
    public record Schedule(
            @DefaultValue("Asia/Shanghai") ZoneId timeZone,
            @DefaultValue("5m") Duration runAfter,
            @DefaultValue("1h") Duration obligationsRefresh,
            @DefaultValue("30s") Duration obligationsRetry,
            LocalDate backfillFrom) {

        @AssertTrue(message = "must be less than a day")
        public boolean isRunAfterWithinADay() {
            return runAfter == null || runAfter.compareTo(Duration.ofDays(1)) < 0;
        }
    }

    /**
     * @param pollInterval how often the outbox is checked for reports to send
     * @param initialBackoff the wait before the first retry; it doubles (with jitter) up to maxBackoff
     * @param stuckAfter health turns DOWN when a report has waited longer than this to be delivered
     */
    public record Delivery(
            @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("5m") Duration maxBackoff,
            @DefaultValue("1h") Duration stuckAfter) {}

    /**
     * The agent's own endpoints for platform staff (incidents, notices).
     *
     * @param token when set, they require it as a bearer token
     */
    public record LocalApi(String token) {}

    /**
     * Where the regulator's notices go besides the agent's database; each channel is optional.
     *
     * @param waitSeconds how long each long poll may wait at the portal (at most 30)
     * @param webhook a URL of the platform's own systems that gets each notice as JSON (POST)
     * @param email who gets each notice by e-mail, and through which SMTP server
     * @param startDelay how long after start the agent first polls and forwards
     * @param pollPause the pause between one long poll's answer and the next poll
     * @param dispatchEvery how often notices not yet acknowledged or forwarded are tried again
     */
    public record Notices(
            @DefaultValue("25") @Min(0) @Max(30) int waitSeconds,
            URI webhook,
            @Valid Email email,
            @DefaultValue("2s") @NotNull Duration startDelay,
            @DefaultValue("100ms") @NotNull Duration pollPause,
            @DefaultValue("2s") @NotNull Duration dispatchEvery) {}

    /**
     * How often the agent checks its receipts against the portal's chain and signed checkpoint.
     *
     * @param startDelay how long after start the first check runs
     * @param every how long between checks
     */
    public record LedgerCheck(
            @DefaultValue("1m") @NotNull Duration startDelay, @DefaultValue("1h") @NotNull Duration every) {}

    /** @param to one or more addresses; @param host the SMTP server; without username, no authentication */
    public record Email(
            @NotEmpty List<String> to,
            @DefaultValue("prr-agent@localhost") String from,
            @NotBlank String host,
            @DefaultValue("25") int port,
            String username,
            String password) {}

    /**
     * The platform's database, for the families whose records come from SQL. Without it, they are read from the
     * agent's own database.
     */
    public record Database(String url, String username, String password) {

        /**
         * The URL the sources connect with. MySQL Connector/J reads a whole result into memory, whatever the fetch
         * size, unless told to use a server-side cursor; MariaDB's driver streams with a fetch size as it is.
         */
        public String streamingUrl() {
            if (!url.startsWith("jdbc:mysql:") || url.contains("useCursorFetch=")) {
                return url;
            }
            return url + (url.contains("?") ? "&" : "?") + "useCursorFetch=true";
        }
    }

    /**
     * Where a family's figures come from (docs/agent-sources.md).
     *
     * @param records complaints, moderation actions or staff members, by family
     * @param businessScale STAFFING only: daily active users and new content items per day
     * @param narrativeFile ANNUAL only: the YAML file of narrative sections; {@code {year}} in it is the year
     */
    public record FamilySources(@Valid Feed records, @Valid Feed businessScale, String narrativeFile) {}

    /**
     * One source of rows.
     *
     * @param sql JDBC: the query, with {@code :periodStart} and {@code :periodEnd}
     * @param directory FILES: where the CSV and JSON Lines files are dropped
     * @param url REST: the first page
     * @param headers REST: sent with every request, e.g. Authorization
     */
    public record Feed(@NotNull Kind kind, String sql, Path directory, URI url, Map<String, String> headers) {

        public enum Kind {
            JDBC,
            FILES,
            REST
        }

        public Feed {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }
    }
}
